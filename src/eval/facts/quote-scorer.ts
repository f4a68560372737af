import type { MentionSpan } from '../../annotate/entities/mention.ts';
import { MENTIONS_LAYER } from '../../annotate/entities/mention.ts';
import { QUOTES_LAYER, type QuoteSpan } from '../../annotate/quotes/quote-span.ts';
import { spanScore } from '../span-score.ts';
import type { FactScorer, LayerReport } from './fact-scorer.ts';
import type { FactsCorpus } from './facts-corpus.ts';
import { coverage, findOccurrence, overlaps, type GoldRow } from './gold-table.ts';

/** The gold file of the quotes layer. */
export const QUOTES_GOLD_FILE = 'quotes.tsv';

/**
 * The name a predicted speaker has: its resolved mention's text (the antecedent of `hij`),
 * else the speaker's own words; empty for no speaker.
 */
export function speakerName(quote: QuoteSpan, mentions: readonly MentionSpan[]): string {
  if (!quote.speaker) return '';
  return quote.speaker.mention !== null ? (mentions[quote.speaker.mention]?.text ?? quote.speaker.text) : quote.speaker.text;
}

/** Whether a predicted name is the gold one: equal, or holding it as whole words, ignoring case ("Aleksandr Loekasjenko" holds "Loekasjenko"). */
export function sameSpeaker(predicted: string, gold: string): boolean {
  if (gold === '' || predicted === '') return gold === predicted;
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const [p, g] = [words(predicted), words(gold)];
  for (let i = 0; i + g.length <= p.length; i++) if (g.every((word, j) => p[i + j] === word)) return true;
  return false;
}

/** Whether the predicted cue is a gold one (`volgens|zeggen`: either): its lemma or its text. */
function sameCue(quote: QuoteSpan, gold: string): boolean {
  const wanted = gold.toLowerCase().split('|').filter(Boolean);
  if (wanted.length === 0) return quote.cue === null;
  return quote.cue !== null && (wanted.includes(quote.cue.lemma.toLowerCase()) || wanted.includes(quote.cue.text.toLowerCase()));
}

/**
 * Scores the quotes layer against quotes.tsv (`document quote kind speaker cue`). A gold row is
 * found when a predicted quote of its document overlaps the text of its `quote` cell (each
 * prediction counted once); `speakers` also wants the speaker right (sameSpeaker, or no speaker
 * on both sides), `kind` the kind, `cues` the cue. Predictions in documents the table does not
 * name are not counted.
 */
export const quoteScorer: FactScorer = {
  layer: QUOTES_LAYER,
  goldFile: QUOTES_GOLD_FILE,
  columns: ['document', 'quote', 'kind', 'speaker', 'cue'],
  score(rows: readonly GoldRow[], corpus: FactsCorpus): LayerReport {
    const { documents, facts } = coverage(rows, 'quote');
    const errors: string[] = [];
    const matched = new Set<QuoteSpan>();
    let predicted = 0;
    const counts = { quotes: 0, speakers: 0, kind: 0, cues: 0 };
    for (const key of documents) {
      const entry = corpus.documents.get(key);
      if (!entry) {
        errors.push(`${QUOTES_GOLD_FILE}: document ${key} is not in the corpus`);
        continue;
      }
      predicted += (entry.document.layers[QUOTES_LAYER] ?? []).length;
    }
    for (const row of facts) {
      const { document: key = '', quote: needle = '', kind = '', speaker = '', cue = '' } = row.cells;
      const where = `${QUOTES_GOLD_FILE}:${row.line}`;
      const entry = corpus.documents.get(key);
      if (!entry) continue;
      const range = findOccurrence(entry.document.text, needle);
      if (!range) {
        errors.push(`${where}: "${needle}" does not occur in ${key}`);
        continue;
      }
      const quotes = (entry.document.layers[QUOTES_LAYER] ?? []) as readonly QuoteSpan[];
      const mentions = (entry.document.layers[MENTIONS_LAYER] ?? []) as readonly MentionSpan[];
      const quote = quotes.find((q) => !matched.has(q) && overlaps(q, range));
      if (!quote) {
        errors.push(`${where}: missed ${kind} quote "${needle}" (${speaker || 'no speaker'}) in ${key}`);
        continue;
      }
      matched.add(quote);
      counts.quotes++;
      const name = speakerName(quote, mentions);
      if (sameSpeaker(name, speaker)) counts.speakers++;
      else errors.push(`${where}: "${needle}": speaker "${name || '-'}" (${quote.speaker?.resolution ?? 'none'}), gold "${speaker || '-'}"`);
      if (quote.kind === kind) counts.kind++;
      else errors.push(`${where}: "${needle}": kind ${quote.kind}, gold ${kind}`);
      if (sameCue(quote, cue)) counts.cues++;
      else errors.push(`${where}: "${needle}": cue "${quote.cue?.lemma ?? '-'}", gold "${cue || '-'}"`);
    }
    for (const key of documents) {
      const entry = corpus.documents.get(key);
      for (const quote of (entry?.document.layers[QUOTES_LAYER] ?? []) as readonly QuoteSpan[]) {
        if (!matched.has(quote)) errors.push(`${QUOTES_GOLD_FILE}: ${key}: predicted quote with no gold row: "${quote.text.slice(0, 60)}" (${quote.producer})`);
      }
    }
    const gold = facts.length;
    return {
      layer: QUOTES_LAYER,
      measures: [
        { name: 'quotes', score: spanScore(gold, predicted, counts.quotes) },
        { name: 'speakers', score: spanScore(gold, predicted, counts.speakers) },
        { name: 'kind', score: spanScore(gold, predicted, counts.kind) },
        { name: 'cues', score: spanScore(gold, predicted, counts.cues) },
      ],
      errors,
    };
  },
};
