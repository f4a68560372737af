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
  /** Lower-case text every match contains, if the pattern has one: a cheap substring test
   * skips the regular expression for most articles. */
  readonly trigger: string | null;
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
    const source = scope === 'paragraph' ? `^(?:${pattern})$` : pattern;
    // Only patterns with Unicode property escapes pay for the 'u' flag; plain ones scan faster.
    const unicode = pattern.includes('\\p{') ? 'u' : '';
    const flags = (scope === 'paragraph' ? 'i' : 'gi') + unicode;
    const trigger = requiredLiteral(pattern);
    rules.push({ reason, outlet, scope, pattern: new RegExp(source, flags), example, line: index + 1, trigger });
  });
  return rules;
}

/** The reason to remove a whole paragraph, when a paragraph rule matches all of it. */
export function paragraphBoilerplate(paragraph: string, rules: readonly BoilerplateRule[]): string | null {
  const trimmed = paragraph.trim();
  for (const rule of rules) {
    if (rule.scope === 'paragraph' && rule.pattern.test(trimmed)) return rule.reason;
  }
  return null;
}

/**
 * Every passage-rule match in a text (a paragraph or a whole article, scanned once per rule).
 * A passage stands on its own: white space or the text's edge on both sides, so "Klik hier om
 * het aan te passen, zei de minister" is not cut in two; and it never runs across a blank line.
 */
export function passageBoilerplate(text: string, rules: readonly BoilerplateRule[]): Match[] {
  const matches: Match[] = [];
  const lower = text.toLowerCase();
  for (const rule of rules) {
    if (rule.scope !== 'passage' || (rule.trigger && !lower.includes(rule.trigger))) continue;
    rule.pattern.lastIndex = 0;
    for (const found of text.matchAll(rule.pattern)) {
      const start = found.index;
      const end = start + found[0].length;
      if (end === start || !standsAlone(text, start, end) || found[0].includes('\n\n')) continue;
      matches.push({ start, end, reason: rule.reason });
    }
  }
  return matches;
}

/** Boilerplate in one paragraph: all of it when a paragraph rule matches, else each passage. */
export function findBoilerplate(paragraph: string, rules: readonly BoilerplateRule[]): Match[] {
  const reason = paragraphBoilerplate(paragraph, rules);
  if (reason) return [{ start: 0, end: paragraph.length, reason }];
  return dropOverlaps(passageBoilerplate(paragraph, rules));
}

/**
 * The longest run of plain letters and spaces that every match of `pattern` must contain:
 * outside groups and character classes, not made optional by a quantifier, and only when the
 * pattern has no top-level alternative. Null when there is none of at least 3 characters.
 */
export function requiredLiteral(pattern: string): string | null {
  let depth = 0;
  let run = '';
  let best = '';
  const keep = (): void => {
    if (run.trim().length > best.trim().length) best = run;
  };
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const next = pattern[i + 1];
    if (char === '\\') {
      keep();
      run = '';
      i += 1;
    } else if (char === '[') {
      keep();
      run = '';
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (char === '(' || char === ')') {
      keep();
      run = '';
      depth += char === '(' ? 1 : -1;
    } else if (depth === 0 && char === '|') {
      return null;
    } else if (depth === 0 && /[a-z ]/i.test(char) && next !== '?' && next !== '*' && next !== '{') {
      run += char;
      if (next === '+') {
        keep();
        run = '';
      }
    } else {
      keep();
      run = '';
    }
  }
  keep();
  const literal = best.trim().toLowerCase();
  return literal.length >= 3 ? literal : null;
}

function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || /\s/.test(text[start - 1]!)) && (end === text.length || /\s/.test(text[end]!));
}

/** Earliest first; of overlapping matches the one that starts first (then the longest) wins. */
export function dropOverlaps<M extends Match>(matches: M[]): M[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}
