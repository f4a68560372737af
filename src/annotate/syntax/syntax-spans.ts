import type { Span } from '../../doc/types.ts';

/**
 * The spans of the `sentences` and `tokens` layers (docs/language-core.md). Offsets are
 * JavaScript string indices (UTF-16 code units) into `Document.text`, as for every layer.
 */

/** One sentence: its character range and its tokens `[firstToken, endToken)` in the token layer. */
export interface SentenceSpan extends Span {
  /** Index of the sentence's first token in the document's `tokens` layer. */
  readonly firstToken: number;
  /** Index one past its last token. */
  readonly endToken: number;
  /** ISO 639-1 code when the sentence lies in a non-Dutch segment; absent for Dutch. */
  readonly language?: string;
}

/** What the Dutch language core says of a token; absent on tokens of non-Dutch segments. */
export interface TokenAnalysis {
  /** Universal part of speech, e.g. `PROPN`. */
  readonly upos: string;
  /** Fine-grained Dutch (CGN/Lassy) tag; `_` while the model gives none. */
  readonly xpos: string;
  /** UD morphological features; `_` when none. */
  readonly feats: string;
  /** Dictionary form; `_` while the model gives none. */
  readonly lemma: string;
  /** Index of the head token in the document's `tokens` layer; null for a sentence root. */
  readonly head: number | null;
  /** UD relation to the head, e.g. `nsubj`; `root` for the root. */
  readonly deprel: string;
}

/** A Dutch token: analysed. */
export interface DutchTokenSpan extends Span, TokenAnalysis {
  /** Index of its sentence in the document's `sentences` layer. */
  readonly sentence: number;
}

/** A token of a non-Dutch segment: tokenised and split, never analysed as Dutch. */
export interface ForeignTokenSpan extends Span {
  readonly sentence: number;
  /** ISO 639-1 code of the segment, e.g. `en`. */
  readonly language: string;
}

/** A span of the `tokens` layer. */
export type TokenSpan = DutchTokenSpan | ForeignTokenSpan;

/** Whether a token was analysed as Dutch. */
export function isAnalysed(token: TokenSpan): token is DutchTokenSpan {
  return (token as Partial<DutchTokenSpan>).upos !== undefined;
}

/** A token's head as CoNLL-U counts it: 1-based within its sentence, 0 for the root. */
export function headInSentence(token: DutchTokenSpan, sentence: SentenceSpan): number {
  return token.head === null ? 0 : token.head - sentence.firstToken + 1;
}

/** Names of the layers, as stored and exported. */
export const TOKENS_LAYER = 'tokens';
export const SENTENCES_LAYER = 'sentences';
/** The non-Dutch segments, made by LanguageSegmenter (src/clean/language-segments.ts). */
export const SEGMENTS_LAYER = 'segments';

/** Producer of token ranges (and of every token in a non-Dutch segment). */
export const TOKENIZER_PRODUCER = 'kroniek-nl-tokenizer';
/** Producer of sentence ranges. */
export const SENTENCE_SPLITTER_PRODUCER = 'kroniek-nl-sentence-splitter';
