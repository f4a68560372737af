/**
 * What the Dutch language core says of the words of one sentence: the contract between the
 * trained models (tagger, lemmatiser, parser) and everything that uses them (the token layer,
 * `kroniek analyze`, `kroniek parse`, `kroniek eval syntax`). Callers see only this.
 */

/** The analysis of one word, in CoNLL-U terms. */
export interface WordAnalysis {
  /** Universal part of speech, e.g. `PROPN`. */
  readonly upos: string;
  /** Fine-grained Dutch (CGN/Lassy) tag, e.g. `N|soort|ev|basis|zijd|stan`; `_` when unknown. */
  readonly xpos: string;
  /** UD morphological features, e.g. `Number=Sing|Tense=Pres`; `_` when none. */
  readonly feats: string;
  /** Dictionary form, e.g. `steunen` for "steunt"; `_` when unknown. */
  readonly lemma: string;
  /** Head of the word: 1-based index into the sentence's words, 0 for the root. */
  readonly head: number;
  /** UD relation to the head, e.g. `nsubj`, `obl:agent`. */
  readonly deprel: string;
}

/** Analyses tokenised sentences. One instance is not shared between threads. */
export interface SentenceAnalyzer {
  /** Tags, lemmatises and parses the words of one sentence (as the tokenizer split them). */
  analyze(words: readonly string[]): WordAnalysis[];
  /** Names of the models used, for the `producer` of the spans they make. */
  readonly producer: string;
}
