import { InputError } from '../../errors.ts';
import { formAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import { QUALIFIER_KINDS, type QualifierKind } from './figure.ts';
import { QUALIFIERS_TABLE, readTable, type TableRow } from './figure-tables.ts';

/**
 * Widens a figure over the qualifier right before it ("zeker zeven", "ruim 80 procent", "meer
 * dan 1.000", "zo'n 40", "naar schatting 300"), from data/figure-qualifiers-nl.tsv; the longest
 * phrase wins. A figure that has one already ("een tiental") keeps it.
 */
export class QualifierRefiner {
  /** Phrases by their last word, longest first. */
  private readonly byLast = new Map<string, { words: readonly string[]; kind: QualifierKind }[]>();

  constructor(rows: readonly TableRow[], file = 'qualifiers') {
    for (const { line, cells } of rows) {
      const kind = cells.kind as QualifierKind;
      if (!QUALIFIER_KINDS.includes(kind)) throw new InputError('bad-record', { file, line }, `unknown qualifier kind ${kind}`);
      const words = cells.words!.split(' ');
      const list = this.byLast.get(words[words.length - 1]!) ?? [];
      list.push({ words, kind });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byLast.set(words[words.length - 1]!, list);
    }
  }

  refine(view: SentenceView, candidates: FigureCandidate[]): FigureCandidate[] {
    for (const candidate of candidates) {
      if (candidate.qualifier) continue;
      const phrases = this.byLast.get(formAt(view, candidate.first - 1));
      const match = phrases?.find(({ words }) => words.every((word, w) => formAt(view, candidate.first - words.length + w) === word));
      if (!match) continue;
      const first = candidate.first - match.words.length;
      candidate.qualifier = { word: view.text.slice(view.tokens[first]!.start, view.tokens[candidate.first - 1]!.end), kind: match.kind };
      candidate.first = first;
    }
    return candidates;
  }
}

/** The shipped table. */
export function qualifierRefiner(): QualifierRefiner {
  return new QualifierRefiner(readTable(QUALIFIERS_TABLE, ['words', 'kind']), QUALIFIERS_TABLE.pathname);
}
