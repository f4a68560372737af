import { sharedLexicon } from '../syntax/shared-analyzer.ts';
import { loadNer } from './ner-model.ts';
import type { NerTagger } from './ner-tagger.ts';

let tagger: NerTagger | null = null;

/** The shipped NER model of this thread, loaded on first use (sharing the thread's lexicon). */
export function sharedNer(): NerTagger {
  tagger ??= loadNer(undefined, {}, sharedLexicon()).tagger;
  return tagger;
}
