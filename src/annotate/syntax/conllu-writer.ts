import type { RawTextAnalysis } from './raw-text.ts';
import { headInSentence, isAnalysed, type SentenceSpan, type TokenSpan } from './syntax-spans.ts';

/** The value of an empty CoNLL-U column. */
const EMPTY = '_';
/** Line breaks and tabs would break a `# text` comment or a column. */
const LINE_BREAKS = /[\r\n]/g;

/**
 * Writes an analysed text as CoNLL-U: `# newpar` where a paragraph begins, `# sent_id` (1, 2,
 * ...) and `# text` for each sentence, then one line per token. MISC holds the token's
 * character range, `TokenRange=start:end` as UDPipe writes it but counted in UTF-16 code units
 * like every Kroniek offset (UDPipe counts code points; the two differ only after a character
 * outside the Basic Multilingual Plane, such as an emoji), and `SpaceAfter=No` when the next
 * token follows without white space. Tokens of a non-Dutch segment have `Lang=<code>` in MISC
 * and `_` in every analysis column.
 */
export function formatConllu(analysis: RawTextAnalysis): string {
  const { text, tokens, sentences } = analysis;
  const lines: string[] = [];
  sentences.forEach((sentence, index) => {
    if (index === 0 || startsParagraph(text, sentences[index - 1]!, sentence)) lines.push('# newpar');
    lines.push(`# sent_id = ${index + 1}`, `# text = ${text.slice(sentence.start, sentence.end).replace(LINE_BREAKS, ' ')}`);
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      lines.push(tokenLine(text, tokens, sentence, t));
    }
    lines.push('');
  });
  return lines.map((line) => `${line}\n`).join('');
}

function tokenLine(text: string, tokens: readonly TokenSpan[], sentence: SentenceSpan, index: number): string {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  const misc = [
    ...('language' in token ? [`Lang=${token.language}`] : []),
    ...(next && next.start === token.end ? ['SpaceAfter=No'] : []),
    `TokenRange=${token.start}:${token.end}`,
  ].join('|');
  const id = index - sentence.firstToken + 1;
  const form = text.slice(token.start, token.end);
  if (!isAnalysed(token)) return [id, form, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, misc].join('\t');
  return [id, form, token.lemma, token.upos, token.xpos, token.feats, headInSentence(token, sentence), token.deprel, EMPTY, misc].join('\t');
}

/** A blank line (or any line break) between two sentences begins a new paragraph. */
function startsParagraph(text: string, previous: SentenceSpan, sentence: SentenceSpan): boolean {
  return text.slice(previous.end, sentence.start).includes('\n');
}
