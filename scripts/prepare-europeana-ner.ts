// Converts the Europeana Newspapers Dutch NER corpus (CC0; one `TOKEN TAG` a line, no
// sentence or document breaks, punctuation often glued to words by the OCR) into CoNLL-2002
// form for `kroniek train ner`: punctuation split off as CoNLL-2002 writes it, sentences
// broken after . ! ? before a capital, and documents of consecutive sentences (the corpus is
// running text of newspaper pages, so neighbouring sentences share their names).
//
//   node --import tsx scripts/prepare-europeana-ner.ts ../shared/data/europeana-ner-nl/enp_NL.kb.train.bio > scratch/data/europeana-ner.conll
import { readFileSync } from 'node:fs';

/** Sentences per pseudo-document: about a newspaper column. */
const SENTENCES_PER_DOCUMENT = 25;
/** A sentence longer than this is broken at the next token outside a name (OCR runs on). */
const MAX_SENTENCE = 70;
const LEADING = /^["'(„‘“]+/;
const TRAILING = /[.,;:!?)"'”’]+$/;
/** An initial or a short abbreviation keeps its full stop: `J.`, `Mr.`, `St.`. */
const KEEPS_STOP = /^(\p{L}|\p{Lu}\p{Ll}{0,2})\.$/u;

interface Token {
  readonly word: string;
  readonly tag: string;
}

/** `word` with its leading and trailing punctuation as tokens of their own. */
function splitPunctuation(word: string, tag: string, nextTag: string): Token[] {
  if (word.length < 2 || KEEPS_STOP.test(word)) return [{ word, tag }];
  const lead = LEADING.exec(word)?.[0] ?? '';
  const trail = TRAILING.exec(word.slice(lead.length))?.[0] ?? '';
  const core = word.slice(lead.length, word.length - trail.length);
  if (core === '') return [{ word, tag }];
  const type = tag === 'O' ? '' : tag.slice(2);
  // Punctuation inside a name that goes on stays in it; otherwise it is outside.
  const inner = type !== '' && nextTag === `I-${type}` ? `I-${type}` : 'O';
  const tokens: Token[] = [...lead].map((c) => ({ word: c, tag: 'O' }));
  tokens.push({ word: core, tag });
  for (const c of trail) tokens.push({ word: c, tag: inner });
  return tokens;
}

const file = process.argv[2];
if (!file) throw new Error('usage: prepare-europeana-ner.ts FILE.bio');
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
const raw = lines.map((line) => {
  const [word, tag] = line.trim().split(/\s+/);
  return { word: word!, tag: tag! };
});
const tokens = raw.flatMap((t, i) => splitPunctuation(t.word, t.tag, raw[i + 1]?.tag ?? 'O'));

const sentences: Token[][] = [];
let sentence: Token[] = [];
tokens.forEach((token, i) => {
  sentence.push(token);
  const next = tokens[i + 1];
  if (!next || next.tag.startsWith('I-')) return;
  const ends = /^[.!?]$/.test(token.word) && /^[\p{Lu}\d"„]/u.test(next.word);
  if (ends || sentence.length >= MAX_SENTENCE) {
    sentences.push(sentence);
    sentence = [];
  }
});
if (sentence.length > 0) sentences.push(sentence);

const out: string[] = [];
sentences.forEach((s, i) => {
  if (i % SENTENCES_PER_DOCUMENT === 0) out.push('-DOCSTART- O', '');
  for (const t of s) out.push(`${t.word} ${t.tag}`);
  out.push('');
});
process.stdout.write(`${out.join('\n')}\n`);
process.stderr.write(`${sentences.length} sentences, ${tokens.length} tokens, ${Math.ceil(sentences.length / SENTENCES_PER_DOCUMENT)} documents\n`);
