import type { AnnotationInput, Annotator } from '../annotator.ts';
import { SENTENCE_SPLITTER_PRODUCER, SENTENCES_LAYER, TOKENS_LAYER, type SentenceSpan, type TokenSpan } from './syntax-spans.ts';

/**
 * Makes the `sentences` layer from the `tokens` layer: each run of tokens with the same
 * `sentence` is one sentence, from its first token's start to its last token's end. The split
 * itself is made once, by TokenAnnotator, so the two layers always agree.
 */
export class SentenceAnnotator implements Annotator<SentenceSpan> {
  readonly layer = SENTENCES_LAYER;
  readonly needs = [TOKENS_LAYER];

  annotate({ layers }: AnnotationInput): SentenceSpan[] {
    return sentencesOf((layers[TOKENS_LAYER] ?? []) as readonly TokenSpan[]);
  }
}

/** The sentences of a token layer, in order. */
export function sentencesOf(tokens: readonly TokenSpan[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let first = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index < tokens.length && tokens[index]!.sentence === tokens[first]!.sentence) continue;
    const head = tokens[first]!;
    const language = 'language' in head ? head.language : undefined;
    sentences.push({
      start: head.start,
      end: tokens[index - 1]!.end,
      producer: SENTENCE_SPLITTER_PRODUCER,
      firstToken: first,
      endToken: index,
      ...(language ? { language } : {}),
    });
    first = index;
  }
  return sentences;
}
