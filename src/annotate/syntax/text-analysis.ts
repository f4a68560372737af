import type { LanguageSegment } from '../../doc/types.ts';
import { splitSentences } from '../tokens/sentence-splitter.ts';
import { tokenize } from '../tokens/tokenizer.ts';
import { checkedAnalyses } from './checked-analyses.ts';
import type { SentenceAnalyzer } from './sentence-analysis.ts';
import { sentencesOf } from './sentence-annotator.ts';
import { TOKENIZER_PRODUCER, type DutchTokenSpan, type SentenceSpan, type TokenSpan } from './syntax-spans.ts';

/** The token and sentence layers of one text. */
export interface TextAnalysis {
  readonly tokens: TokenSpan[];
  readonly sentences: SentenceSpan[];
}

/**
 * Tokenises `text`, splits it into sentences and analyses every sentence that is not inside a
 * non-Dutch segment; sentences in one (the English tweet) are tokenised and split only, and
 * marked with the segment's language. The one path that ingest, `kroniek analyze` and the
 * tests share, so they cannot drift apart.
 *
 * A sentence never crosses a paragraph break and segments are whole paragraphs, so a sentence
 * is either inside a segment or outside all of them; its start decides.
 */
export function analyzeText(text: string, segments: readonly LanguageSegment[], analyzer: SentenceAnalyzer): TextAnalysis {
  const ranges = tokenize(text);
  const split = splitSentences(text, ranges);
  const tokens: TokenSpan[] = [];
  const languageAt = segmentLookup(segments);
  const analysedBy = `${TOKENIZER_PRODUCER}+${analyzer.producer}`;
  for (const [index, sentence] of split.entries()) {
    const language = languageAt(sentence.start);
    const { firstToken, endToken } = sentence;
    if (language) {
      for (let t = firstToken; t < endToken; t++) {
        const { start, end } = ranges[t]!;
        tokens.push({ start, end, producer: TOKENIZER_PRODUCER, sentence: index, language });
      }
      continue;
    }
    const words = ranges.slice(firstToken, endToken).map((range) => text.slice(range.start, range.end));
    const analyses = checkedAnalyses(analyzer, words);
    analyses.forEach((analysis, i) => {
      const { start, end } = ranges[firstToken + i]!;
      const token: DutchTokenSpan = {
        start,
        end,
        producer: analysedBy,
        sentence: index,
        upos: analysis.upos,
        xpos: analysis.xpos,
        feats: analysis.feats,
        lemma: analysis.lemma,
        head: analysis.head === 0 ? null : firstToken + analysis.head - 1,
        deprel: analysis.deprel,
      };
      tokens.push(token);
    });
  }
  return { tokens, sentences: sentencesOf(tokens) };
}

/** The language of the segment holding an offset, for offsets asked in increasing order. */
function segmentLookup(segments: readonly LanguageSegment[]): (offset: number) => string | null {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  let next = 0;
  return (offset) => {
    while (next < sorted.length && sorted[next]!.end <= offset) next += 1;
    const segment = sorted[next];
    return segment && segment.start <= offset ? segment.language : null;
  };
}
