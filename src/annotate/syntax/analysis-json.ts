import type { RawTextAnalysis } from './raw-text.ts';
import { headInSentence, isAnalysed } from './syntax-spans.ts';

/** One token of `kroniek analyze --format json`. */
export interface AnalysedTokenRecord {
  /** Position in its sentence, from 1, as in CoNLL-U. */
  readonly id: number;
  readonly form: string;
  readonly start: number;
  readonly end: number;
  readonly upos?: string;
  readonly xpos?: string;
  readonly feats?: string;
  readonly lemma?: string;
  /** The head's `id` in the same sentence; 0 for the root. */
  readonly head?: number;
  readonly deprel?: string;
}

/** One sentence of `kroniek analyze --format json`. */
export interface AnalysedSentenceRecord {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Only on sentences of a non-Dutch paragraph, whose tokens carry no analysis. */
  readonly language?: string;
  readonly tokens: readonly AnalysedTokenRecord[];
}

/** What `kroniek analyze --format json` prints (docs/language-core.md). */
export interface AnalysisRecord {
  readonly producer: string;
  readonly sentences: readonly AnalysedSentenceRecord[];
}

/**
 * The analysis as nested JSON: sentences with their tokens, offsets (UTF-16 code units into
 * the input text), and ids and heads counted within the sentence, as in CoNLL-U.
 */
export function analysisRecord(analysis: RawTextAnalysis): AnalysisRecord {
  const { text, tokens } = analysis;
  const sentences = analysis.sentences.map((sentence, index): AnalysedSentenceRecord => {
    const records: AnalysedTokenRecord[] = [];
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t]!;
      const base = { id: t - sentence.firstToken + 1, form: text.slice(token.start, token.end), start: token.start, end: token.end };
      if (!isAnalysed(token)) {
        records.push(base);
        continue;
      }
      const { upos, xpos, feats, lemma, deprel } = token;
      records.push({ ...base, upos, xpos, feats, lemma, head: headInSentence(token, sentence), deprel });
    }
    const { start, end } = sentence;
    return { id: index + 1, start, end, text: text.slice(start, end), ...(sentence.language ? { language: sentence.language } : {}), tokens: records };
  });
  return { producer: analysis.producer, sentences };
}
