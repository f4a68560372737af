import type { EntityType } from './mention.ts';
import type { GazetteerMatcher } from './gazetteer.ts';

/** How well a gazetteer covers the entities of CoNLL data, per entity type. */
export interface GazetteerCoverage {
  readonly type: EntityType;
  /** Gold entities of this type. */
  readonly gold: number;
  /** Gold entities whose exact span one list of this type matches. */
  readonly exact: number;
  /** Gold entities with at least one token covered by a list of this type. */
  readonly touched: number;
  /** Exact spans that lists of this type match anywhere (gold or not), and how many are gold. */
  readonly matched: number;
  readonly matchedGold: number;
}

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * Measures a gazetteer against CoNLL-format text (token first column, IOB2 tag last): recall of
 * gold entity spans by lists of their type, and how often a match of a type is a gold entity
 * of that type. A development tool for choosing lists: the model learns how far to trust them.
 */
export function measureCoverage(gazetteer: GazetteerMatcher, conll: string): GazetteerCoverage[] {
  const counts = new Map(TYPES.map((type) => [type, { gold: 0, exact: 0, touched: 0, matched: 0, matchedGold: 0 }]));
  for (const block of conll.split(/\n\s*\n/)) {
    const rows = block.split('\n').map((line) => line.trim().split(/\s+/)).filter((cells) => cells[0] && cells[0] !== '-DOCSTART-');
    if (rows.length === 0) continue;
    const words = rows.map((cells) => cells[0]!);
    const gold = goldSpans(rows.map((cells) => cells[cells.length - 1]!));
    const hits = gazetteer.hits(words);
    const matched = matchedSpans(hits);
    const goldKeys = new Set(gold.map((span) => `${span.type}:${span.start}:${span.end}`));
    for (const span of gold) {
      const count = counts.get(span.type)!;
      count.gold++;
      if (matched.has(`${span.type}:${span.start}:${span.end}`)) count.exact++;
      let touched = false;
      for (let t = span.start; t < span.end && !touched; t++) touched = hits[t]!.some((hit) => hit.type === span.type);
      if (touched) count.touched++;
    }
    for (const key of matched) {
      const count = counts.get(key.split(':')[0] as EntityType)!;
      count.matched++;
      if (goldKeys.has(key)) count.matchedGold++;
    }
  }
  return TYPES.map((type) => ({ type, ...counts.get(type)! }));
}

/** The coverage as a table. */
export function formatCoverage(rows: readonly GazetteerCoverage[]): string {
  const percent = (part: number, whole: number): string => (whole === 0 ? '-' : ((100 * part) / whole).toFixed(1)).padStart(6);
  const lines = ['type    gold  exact% touched%  matched  gold-of-matched%'];
  for (const row of rows) {
    lines.push(`${row.type.padEnd(5)} ${String(row.gold).padStart(6)} ${percent(row.exact, row.gold)} ${percent(row.touched, row.gold)}   ${String(row.matched).padStart(7)}  ${percent(row.matchedGold, row.matched)}`);
  }
  return lines.join('\n');
}

interface TypedSpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
}

function goldSpans(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: { type: EntityType; start: number } | null = null;
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as EntityType;
    if (open && (tag === 'O' || tag.startsWith('B-') || type !== open.type)) {
      spans.push({ ...open, end: i });
      open = null;
    }
    if (tag !== 'O' && !open) open = { type, start: i };
  });
  if (open) spans.push({ ...(open as { type: EntityType; start: number }), end: tags.length });
  return spans;
}

/** Spans a list matches, as `type:start:end` (B..L or U positions of one list). */
function matchedSpans(hits: ReturnType<GazetteerMatcher['hits']>): Set<string> {
  const spans = new Set<string>();
  hits.forEach((tokenHits, t) => {
    for (const hit of tokenHits) {
      if (hit.position === 'U') spans.add(`${hit.type}:${t}:${t + 1}`);
      if (hit.position !== 'B') continue;
      let end = t + 1;
      while (end < hits.length && !hits[end]!.some((h) => h.list === hit.list && h.position === 'L')) end++;
      spans.add(`${hit.type}:${t}:${end + 1}`);
    }
  });
  return spans;
}
