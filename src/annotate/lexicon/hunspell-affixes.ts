/**
 * The parts of a Hunspell `.aff` file that say how dictionary words inflect: prefix and suffix
 * rules with their conditions, continuation flags and OpenTaal's `ts:` morphological tags, and
 * the special flags that forbid a word or allow it only inside compounds. Everything else in
 * the file (suggestion tables, compound rules, keyboard layout) is for spelling correction and
 * is left out. The dictionary uses two-character flags (`FLAG long`).
 */

/** One affix line: `SFX Zb 0 en/CaCbCp [^eo] ts:NN2`. */
export interface AffixRule {
  readonly kind: 'prefix' | 'suffix';
  readonly flag: string;
  /** Characters removed from the word's end (suffix) or start (prefix) before `add`. */
  readonly strip: string;
  readonly add: string;
  /** Flags the affixed form carries on: another affix it may take, or compounding flags. */
  readonly continuation: readonly string[];
  /** The rule's condition on the unaffixed word, anchored at its end or start. */
  readonly condition: RegExp;
  /** OpenTaal's morphological tag (`ts:NN2` -> `NN2`), when the rule has one. */
  readonly tag: string | undefined;
  /** Whether a prefix and a suffix may both apply to one word (the `Y` of the header). */
  readonly crossProduct: boolean;
}

/** What the word-list expansion needs from an affix file. */
export interface AffixFile {
  readonly rules: ReadonlyMap<string, readonly AffixRule[]>;
  readonly forbiddenFlag: string | undefined;
  readonly onlyInCompoundFlag: string | undefined;
  readonly keepCaseFlag: string | undefined;
}

/** Splits a `.dic`/`.aff` flag field into two-character flags (`FLAG long`). */
export function splitFlags(field: string): string[] {
  const flags: string[] = [];
  for (let i = 0; i + 1 < field.length; i += 2) flags.push(field.slice(i, i + 2));
  return flags;
}

/** Turns a Hunspell condition (`[^eo]`, `oob`, `.`) into an anchored regular expression. */
function conditionPattern(condition: string, kind: AffixRule['kind']): RegExp {
  if (condition === '.') return /(?:)/u;
  return kind === 'suffix' ? new RegExp(`${condition}$`, 'u') : new RegExp(`^${condition}`, 'u');
}

/** Reads the affix rules and special flags of a Hunspell `.aff` file's text (already NFKC). */
export function parseAffixFile(text: string): AffixFile {
  const rules = new Map<string, AffixRule[]>();
  const crossProduct = new Map<string, boolean>();
  const special = new Map<string, string>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+#.*$/u, '').trim();
    const fields = line.split(/\s+/u);
    const [directive, flag, third, fourth] = fields;
    if ((directive === 'FORBIDDENWORD' || directive === 'ONLYINCOMPOUND' || directive === 'KEEPCASE') && flag) {
      special.set(directive, flag);
      continue;
    }
    if ((directive !== 'SFX' && directive !== 'PFX') || !flag || third === undefined || fourth === undefined) continue;
    const kind = directive === 'SFX' ? 'suffix' : 'prefix';
    // The header line: `SFX Zb Y 4` (cross product, number of rules).
    if ((third === 'Y' || third === 'N') && /^\d+$/u.test(fourth) && fields.length === 4) {
      crossProduct.set(flag, third === 'Y');
      continue;
    }
    const [addField, continuationField = ''] = fourth.split('/');
    const tag = fields.slice(5).find((field) => field.startsWith('ts:'))?.slice('ts:'.length);
    const rule: AffixRule = {
      kind,
      flag,
      strip: third === '0' ? '' : third,
      add: addField === '0' || addField === undefined ? '' : addField,
      continuation: splitFlags(continuationField),
      condition: conditionPattern(fields[4] ?? '.', kind),
      tag,
      crossProduct: crossProduct.get(flag) ?? false,
    };
    const list = rules.get(flag) ?? [];
    list.push(rule);
    rules.set(flag, list);
  }
  return { rules, forbiddenFlag: special.get('FORBIDDENWORD'), onlyInCompoundFlag: special.get('ONLYINCOMPOUND'), keepCaseFlag: special.get('KEEPCASE') };
}

/** The form a rule makes of a word, or undefined when its condition or strip does not fit. */
export function applyAffix(rule: AffixRule, word: string): string | undefined {
  if (!rule.condition.test(word)) return undefined;
  if (rule.kind === 'suffix') {
    if (!word.endsWith(rule.strip)) return undefined;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (!word.startsWith(rule.strip)) return undefined;
  return rule.add + word.slice(rule.strip.length);
}
