import { formAt, tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';
import { UNITS_TABLE, readTable, type TableRow } from './figure-tables.ts';

/**
 * Widens a figure over its unit word ("80 procent", "2,5 miljoen euro", "26 jaar", "zowat 50
 * minuten", "€ 3 miljoen") from data/figure-units-nl.tsv, read by form or lemma. A sign stuck to
 * the digits ("5%") was read with them.
 */
export class UnitRefiner {
  private readonly units: ReadonlyMap<string, string>;

  constructor(rows: readonly TableRow[]) {
    this.units = new Map(rows.map(({ cells }) => [cells.word!, cells.unit!]));
  }

  refine(view: SentenceView, candidates: FigureCandidate[]): FigureCandidate[] {
    for (const candidate of candidates) {
      if (candidate.unit !== null) continue;
      const before = formAt(view, candidate.first - 1);
      if (before === '€' || before === '$') {
        candidate.unit = this.units.get(before)!;
        candidate.first--;
        candidate.plain = false;
        continue;
      }
      const next = tokenAt(view, candidate.end);
      const unit = next && (this.units.get(formAt(view, candidate.end)) ?? this.units.get(next.lemma?.toLowerCase() ?? ''));
      if (unit) {
        candidate.unit = unit;
        candidate.end++;
        candidate.plain = false;
      }
    }
    return candidates;
  }
}

/** The shipped table. */
export function unitRefiner(): UnitRefiner {
  return new UnitRefiner(readTable(UNITS_TABLE, ['word', 'unit']));
}
