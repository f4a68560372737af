import type { QuoteCandidate } from './quote-candidate.ts';

/** Whether range `a` lies within range `b`. */
function inside(a: QuoteCandidate, b: QuoteCandidate): boolean {
  return a.start >= b.start && a.end <= b.end;
}

function overlaps(a: QuoteCandidate, b: QuoteCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A standalone quote with no speaker takes the speaker and cue of a report that covers it ("‘...’ Dat zei Loekasjenko."). */
function adopt(quote: QuoteCandidate, report: QuoteCandidate): QuoteCandidate | null {
  if (!quote.standalone || quote.speaker !== null || report.speaker === null) return null;
  return { ...quote, speaker: report.speaker, cue: report.cue, cueToken: report.cueToken, attribution: report.attribution, standalone: false };
}

/**
 * Decides between quotes that overlap. A quote inside another is dropped: the words of a
 * quote within a quote ("‘Ik heb de EU gezegd dat ...’") and quoted fragments within a
 * reported clause ("zei dat het 'internationaliseren' ... noodzakelijk is") belong to the
 * larger one. Of two that overlap otherwise, the better one stays: a direct quote over an
 * indirect one, then a speaker with a name over one without, then the earlier parser. A
 * standalone quote that a report covers takes that report's speaker.
 *
 * `order` lists the parsers' names, most trusted first.
 */
export function refineOverlaps(candidates: readonly QuoteCandidate[], order: readonly string[]): QuoteCandidate[] {
  // Kind first, then how well the speaker is named, then the parser: one number, compared once per pair.
  const weight = (c: QuoteCandidate): number => (c.kind === 'direct' ? 0 : 1) * 1e4 + (c.speaker?.mention != null ? 0 : c.speaker ? 1 : 2) * 1e2 + order.indexOf(c.producer);
  const rank = new Map(candidates.map((c) => [c, weight(c)]));
  const before = (a: QuoteCandidate, b: QuoteCandidate): number => rank.get(a)! - rank.get(b)! || a.start - b.start;
  let kept: QuoteCandidate[] = [];
  for (const candidate of [...candidates].sort(before)) {
    const holder = kept.find((k) => inside(candidate, k)) ?? kept.find((k) => overlaps(k, candidate) && !inside(k, candidate));
    if (holder) {
      const merged = adopt(holder, candidate);
      if (merged) kept = kept.map((k) => (k === holder ? merged : k));
      continue;
    }
    const within = kept.filter((k) => inside(k, candidate));
    const standalone = within.find((k) => adopt(k, candidate) !== null && (k.end - k.start) * 10 >= (candidate.end - candidate.start) * 8);
    if (standalone && candidate.kind === 'indirect') {
      kept = kept.map((k) => (k === standalone ? adopt(k, candidate)! : k));
      continue;
    }
    kept = [...kept.filter((k) => !within.includes(k)), candidate];
  }
  return kept.sort((a, b) => a.start - b.start);
}
