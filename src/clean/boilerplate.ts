import { readFileSync } from 'node:fs';

/** One row of `data/boilerplate-nl.tsv`: a named reason to remove text. */
export interface BoilerplateRule {
  readonly reason: string;
  /** The outlet the phrase is typical of, or `*`; every rule applies to every article. */
  readonly outlet: string;
  /** `paragraph`: matches a whole paragraph and removes it; `passage`: removes each match. */
  readonly scope: 'paragraph' | 'passage';
  readonly pattern: RegExp;
  /** Text the rule must remove; the tests check every example. */
  readonly example: string;
  /** Line in the table, so a failing rule can be found. */
  readonly line: number;
}

/** A range of a paragraph to remove and why. */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export const BOILERPLATE_TABLE = new URL('../../data/boilerplate-nl.tsv', import.meta.url);

let defaultRules: readonly BoilerplateRule[] | null = null;

/** The rules of the bundled table, read once. */
export function defaultBoilerplateRules(): readonly BoilerplateRule[] {
  defaultRules ??= parseBoilerplateTable(readFileSync(BOILERPLATE_TABLE, 'utf8'));
  return defaultRules;
}

/** Parses the tab-separated rule table; `#` lines are comments, the first other line the header. */
export function parseBoilerplateTable(table: string): BoilerplateRule[] {
  const rules: BoilerplateRule[] = [];
  let headerSeen = false;
  table.split('\n').forEach((row, index) => {
    if (row.trim() === '' || row.startsWith('#')) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const [reason, outlet, scope, pattern, example] = row.split('\t');
    if (!reason || !outlet || !pattern || example === undefined || (scope !== 'paragraph' && scope !== 'passage')) {
      throw new Error(`boilerplate table line ${index + 1}: expected reason, outlet, scope, pattern, example`);
    }
    // A passage stands on its own: it starts and ends at white space or the paragraph's edges,
    // so "Klik hier om het aan te passen, zei de minister" is not cut in two.
    const source = scope === 'paragraph' ? `^(?:${pattern})$` : `(?<=^|\\s)(?:${pattern})(?=$|\\s)`;
    const flags = scope === 'paragraph' ? 'iu' : 'giu';
    rules.push({ reason, outlet, scope, pattern: new RegExp(source, flags), example, line: index + 1 });
  });
  return rules;
}

/**
 * Boilerplate in one paragraph: the whole paragraph when a paragraph rule matches it, else every
 * passage-rule match, earliest first, overlaps dropped.
 */
export function findBoilerplate(paragraph: string, rules: readonly BoilerplateRule[]): Match[] {
  const trimmed = paragraph.trim();
  for (const rule of rules) {
    if (rule.scope === 'paragraph' && rule.pattern.test(trimmed)) {
      return [{ start: 0, end: paragraph.length, reason: rule.reason }];
    }
  }
  const matches: Match[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'passage') continue;
    rule.pattern.lastIndex = 0;
    for (const found of paragraph.matchAll(rule.pattern)) {
      if (found[0].length === 0) continue;
      matches.push({ start: found.index, end: found.index + found[0].length, reason: rule.reason });
    }
  }
  return dropOverlaps(matches);
}

function dropOverlaps(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}
