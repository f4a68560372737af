import type { AnnotationInput, Annotator } from '../annotator.ts';
import { isAnalysed, SENTENCES_LAYER, TOKENS_LAYER, type SentenceSpan, type TokenSpan } from '../syntax/syntax-spans.ts';
import { tagSpans } from '../../eval/ner-eval.ts';
import { splitAdjacentNames } from './adjacent-names.ts';
import { MENTIONS_LAYER, type EntityType, type MentionSpan } from './mention.ts';
import type { NerTagger } from './ner-tagger.ts';
import { sharedNer } from './shared-ner.ts';

/** Producer of the mentions (the model of models/README.md). */
export const NER_PRODUCER = 'kroniek-nl-ner';

/**
 * Makes the `mentions` layer: the names the NER model finds in the Dutch sentences of a
 * document (tagged as one document, so a name's type earlier in it informs later mentions),
 * with offsets from the tokens layer. Sentences of non-Dutch segments are left out. Two
 * people written side by side are split apart afterwards (adjacent-names.ts).
 */
export class MentionAnnotator implements Annotator<MentionSpan> {
  readonly layer = MENTIONS_LAYER;
  readonly needs = [TOKENS_LAYER, SENTENCES_LAYER];
  private tagger: NerTagger | null;

  /** Without a tagger, the shipped model is loaded (once per thread) by `prepare`. */
  constructor(tagger?: NerTagger) {
    this.tagger = tagger ?? null;
  }

  async prepare(): Promise<void> {
    this.tagger ??= sharedNer();
  }

  annotate({ text, layers }: AnnotationInput): MentionSpan[] {
    if (!this.tagger) throw new Error('MentionAnnotator.prepare() was not awaited');
    const tokens = (layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[];
    const sentences = ((layers[SENTENCES_LAYER] ?? []) as readonly SentenceSpan[]).filter((s) => s.language === undefined);
    const analysed = sentences.map((s) => tokens.slice(s.firstToken, s.endToken).filter(isAnalysed));
    const tags = this.tagger.tagDocument({
      sentences: analysed.map((words) => ({ words: words.map((t) => text.slice(t.start, t.end)), upos: words.map((t) => t.upos), xpos: words.map((t) => t.xpos) })),
    });
    const mentions: MentionSpan[] = [];
    sentences.forEach((sentence, s) => {
      for (const { start, end, type } of tagSpans(tags[s]!)) {
        const first = tokens[sentence.firstToken + start]!;
        const last = tokens[sentence.firstToken + end - 1]!;
        mentions.push({
          start: first.start, end: last.end, producer: NER_PRODUCER, text: text.slice(first.start, last.end),
          type: type as EntityType, firstToken: sentence.firstToken + start, endToken: sentence.firstToken + end,
        });
      }
    });
    return splitAdjacentNames(mentions, {
      text: (token) => text.slice(tokens[token]!.start, tokens[token]!.end),
      start: (token) => tokens[token]!.start,
      end: (token) => tokens[token]!.end,
    });
  }
}
