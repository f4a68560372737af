import { splitSentences } from '../annotate/tokens/sentence-splitter.ts';
import { tokenize, type TokenRange } from '../annotate/tokens/tokenizer.ts';
import type { ConlluSentence } from '../conllu/conllu.ts';
import { spanScore, type SpanScore } from './span-score.ts';

export type { SpanScore };

export interface SegmentationScore {
  readonly tokens: SpanScore;
  readonly sentences: SpanScore;
  readonly tokensPerSecond: number;
}

/** Raw text rebuilt from a treebank, with the gold token and sentence spans in it. */
export interface GoldText {
  readonly text: string;
  readonly tokens: readonly TokenRange[];
  readonly sentences: readonly TokenRange[];
}

/** `doc.p.N.s.M` in Lassy sentence ids: sentences of one paragraph share `doc.p.N`. */
const PARAGRAPH_OF = /^(.*\.p\.\d+)\.s\.\d+$/;

/**
 * Rebuilds the raw text of a treebank from its `# text` lines: sentences of one paragraph
 * (same document and paragraph number in `sent_id`) joined by a space, paragraphs by a blank
 * line. Gold tokens are found in each sentence's text in order.
 */
export function rebuildGoldText(sentences: readonly ConlluSentence[]): GoldText {
  let text = '';
  let paragraph: string | null = null;
  const tokens: TokenRange[] = [];
  const spans: TokenRange[] = [];
  for (const sentence of sentences) {
    const sentenceText = sentence.comments.get('text') ?? sentence.words.map((word) => word.form).join(' ');
    const id = sentence.comments.get('sent_id') ?? '';
    const thisParagraph = PARAGRAPH_OF.exec(id)?.[1] ?? id;
    if (text !== '') text += thisParagraph === paragraph ? ' ' : '\n\n';
    paragraph = thisParagraph;
    const base = text.length;
    text += sentenceText;
    spans.push({ start: base, end: base + sentenceText.length });
    let cursor = 0;
    for (const word of sentence.words) {
      const at = sentenceText.indexOf(word.form, cursor);
      if (at < 0) continue; // a form not spelled as in the text: left out of the gold
      tokens.push({ start: base + at, end: base + at + word.form.length });
      cursor = at + word.form.length;
    }
  }
  return { text, tokens, sentences: spans };
}

/** Tokenises and splits the rebuilt text and scores both against the gold, the CoNLL 2018 way
 * (a span counts when its character range is exactly right). */
export function evaluateSegmentation(gold: GoldText): SegmentationScore {
  const started = performance.now();
  const tokens = tokenize(gold.text);
  const sentences = splitSentences(gold.text, tokens);
  const seconds = Math.max((performance.now() - started) / 1000, 1e-9);
  return {
    tokens: scoreSpans(gold.tokens, tokens),
    sentences: scoreSpans(gold.sentences, sentences),
    tokensPerSecond: tokens.length / seconds,
  };
}

export function scoreSpans(gold: readonly TokenRange[], predicted: readonly TokenRange[]): SpanScore {
  const goldKeys = new Set(gold.map((span) => `${span.start}:${span.end}`));
  const correct = predicted.filter((span) => goldKeys.has(`${span.start}:${span.end}`)).length;
  return spanScore(gold.length, predicted.length, correct);
}
