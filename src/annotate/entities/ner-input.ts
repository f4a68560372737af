import type { DutchAnalyzer } from '../syntax/dutch-analyzer.ts';
import type { NerDocument } from './ner-tagger.ts';

/** A document of tokenised sentences as the NER model reads it: with the language core's
 * universal and CGN tags. */
export function nerDocument(sentences: readonly (readonly string[])[], analyzer: DutchAnalyzer): NerDocument {
  return { sentences: sentences.map((words) => ({ words, ...analyzer.tag(words) })) };
}
