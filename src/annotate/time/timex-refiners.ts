import type { TimexMod } from './timex.ts';
import type { TimexCandidate, TimexRefiner } from './timex-candidate.ts';
import { clockText } from './timex-resolver.ts';
import { DATE_MODIFIERS, DURATION_MODIFIERS, alternation } from './time-words.ts';

/**
 * Overlapping proposals: the longest wins ("een week geleden" over the duration "een week",
 * "9 augustus" over the month "augustus"), the earlier one on a tie.
 */
export const overlapRefiner: TimexRefiner = {
  name: 'overlap',
  refine(candidates) {
    const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TimexCandidate[] = [];
    for (const candidate of byLength) {
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** What may stand between the two parts of one expression: "zaterdag 9 augustus", "zaterdag, 9 augustus", "maandag om 14.00 uur". */
const JOINERS = /^(?:\s*,?\s*|\s+om\s+|\s+rond\s+|\s*,\s*om\s+)$/i;

/**
 * Joins neighbours that are one expression: a weekday before a date ("zaterdag 9 augustus":
 * the date, with the weekday kept), a weekday and a week ("dinsdag vorige week", "vorige week
 * dinsdag"), a day and a clock time ("vandaag om 14.00 uur", "zaterdag om 15.30 uur").
 */
export const mergeRefiner: TimexRefiner = {
  name: 'merge',
  refine(candidates, text) {
    const out: TimexCandidate[] = [];
    for (const candidate of candidates) {
      const previous = out[out.length - 1];
      const merged = previous && JOINERS.test(text.slice(previous.end, candidate.start)) ? mergePair(previous, candidate) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(candidate);
    }
    return out;
  },
};

function mergePair(a: TimexCandidate, b: TimexCandidate): TimexCandidate | null {
  const span = { start: a.start, end: b.end };
  const [m, n] = [a.meaning, b.meaning];
  if (m.kind === 'weekday' && n.kind === 'date' && n.day !== undefined) return { ...b, ...span, producer: 'weekday-date-merge', weekday: m.weekday, ...(a.timeOfDay ? { timeOfDay: a.timeOfDay } : {}) };
  if (m.kind === 'weekday' && n.kind === 'shift' && n.unit === 'week') return { ...a, ...span, producer: 'weekday-week-merge', meaning: { ...m, weekShift: n.amount } };
  if (m.kind === 'shift' && m.unit === 'week' && n.kind === 'weekday') return { ...b, ...span, producer: 'weekday-week-merge', meaning: { ...n, weekShift: m.amount } };
  const dayLike = (m.kind === 'weekday' || (m.kind === 'shift' && m.unit === 'day') || (m.kind === 'date' && m.day !== undefined)) && !a.timeOfDay?.includes(':');
  if (dayLike && n.kind === 'clock') return { ...a, ...span, producer: `${a.producer}-clock-merge`, timeOfDay: clockText(n.hour, n.minute) };
  return null;
}

const DATE_MODIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(DATE_MODIFIERS))})\\s+$`, 'iu');
const DURATION_MODIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}'’])((?:al\\s+)?(?:${alternation(Object.keys(DURATION_MODIFIERS))}))\\s+$`, 'iu');
/** How far back a modifier word is looked for: "ten minste " is the longest. */
const MODIFIER_WINDOW = 16;

/**
 * Takes a modifier word into the span and records its TIMEX3 `mod`: "sinds 1994"
 * (`ON_OR_AFTER`), "begin augustus" (`START`), "zowat 50 minuten" (`APPROX`), "ruim een week"
 * (`MORE_THAN`), "al 26 jaar" (no mod: "al" only says it is still going on).
 */
export const modifierRefiner: TimexRefiner = {
  name: 'modifier',
  refine(candidates, text) {
    return candidates.map((candidate) => {
      const kind = candidate.meaning.kind;
      if (kind === 'set' || kind === 'clock') return candidate;
      const before = text.slice(Math.max(0, candidate.start - MODIFIER_WINDOW), candidate.start);
      const found = (kind === 'duration' ? DURATION_MODIFIER_BEFORE : DATE_MODIFIER_BEFORE).exec(before);
      if (!found) return candidate;
      const words = found[1]!.toLowerCase().replace(/\s+/g, ' ');
      const key = words.replace(/^al /, '');
      const mod: TimexMod | null = kind === 'duration' ? (DURATION_MODIFIERS[key] ?? null) : (DATE_MODIFIERS[key] ?? null);
      const trailing = found[0].length - found[0].trimEnd().length;
      return { ...candidate, start: candidate.start - trailing - found[1]!.length, ...(mod ? { mod } : {}) };
    });
  },
};

/**
 * A capitalised time word inside a longer name is part of the name ("Zondag met Lubach",
 * "Goede Vrijdag"): dropped when a mention covers it and reaches beyond it.
 */
export function nameGuard(candidates: readonly TimexCandidate[], text: string, names: readonly { start: number; end: number }[]): TimexCandidate[] {
  return candidates.filter((candidate) => {
    const first = text[candidate.start]!;
    if (first === first.toLowerCase()) return true;
    return !names.some((name) => name.start <= candidate.start && name.end >= candidate.end && name.end - name.start > candidate.end - candidate.start);
  });
}
