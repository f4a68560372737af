import { applyAffix, type AffixFile, type AffixRule } from './hunspell-affixes.ts';
import { baseTagOfFlag, derivedTag, type LexiconTag } from './lexicon-tags.ts';

/** One word form the dictionary accepts, with what it is and the entry it was made from. */
export interface ExpandedForm {
  /** As the dictionary writes it (case kept). */
  readonly form: string;
  readonly tag: LexiconTag;
  /** The dictionary entry (with any verb particle prefix) the form was made from. */
  readonly base: string;
}

/** A compounding-only form (`tuinen-`, `aanvullendpensioen` with Cx) is not a word on its own. */
const COMPOUND_JOINER = '-';
/** OpenTaal's tags for a plural noun and a singular noun made from another word. */
const PLURAL_TAG = 'NN2';
const SINGULAR_TAG = 'NN1';

/**
 * Every form one dictionary entry stands for: the entry, its suffixed forms (with a prefix a
 * suffix may carry on, such as the `aller` of `allerlelijkst`), and the same again behind each
 * prefix the entry allows (the separable particles of verbs: `gaan/Pb` -> `aangaan`,
 * `aangegaan`...), as Hunspell's cross-product rules allow. Compounds are not expanded: they
 * are unbounded. Forbidden and compounding-only entries give nothing.
 */
export function* expandEntry(affixes: AffixFile, word: string, flags: readonly string[]): Generator<ExpandedForm> {
  if (flags.some((flag) => flag === affixes.forbiddenFlag || flag === affixes.onlyInCompoundFlag)) return;
  const rulesOf = (kind: AffixRule['kind']): AffixRule[] =>
    flags.flatMap((flag) => (affixes.rules.get(flag) ?? []).filter((rule) => rule.kind === kind));
  const suffixes = rulesOf('suffix');
  const prefixes = rulesOf('prefix');
  yield* expandStem(affixes, word, flags, suffixes, undefined);
  for (const prefix of prefixes) {
    const prefixed = applyAffix(prefix, word);
    if (prefixed === undefined) continue;
    const crossing = prefix.crossProduct ? suffixes.filter((rule) => rule.crossProduct) : [];
    yield* expandStem(affixes, prefixed, flags, crossing, prefix);
  }
}

function* expandStem(affixes: AffixFile, base: string, flags: readonly string[], suffixes: readonly AffixRule[], prefix: AffixRule | undefined): Generator<ExpandedForm> {
  const baseTags = new Set<LexiconTag>();
  for (const flag of flags) {
    const tag = baseTagOfFlag(flag);
    if (tag) baseTags.add(tag);
  }
  if (baseTags.size === 0) baseTags.add('word');
  for (const tag of baseTags) yield { form: base, tag, base };
  for (const suffix of suffixes) {
    if (prefix !== undefined && suffix.flag === prefix.flag) continue;
    const form = applyAffix(suffix, base);
    if (form === undefined || form === base || !usable(affixes, form, suffix)) continue;
    // A form made by a rule without a tag (the compounding `s` of Cd) is still a word.
    const tag = derivedTag(suffix.flag, suffix.tag) ?? 'word';
    yield { form, tag, base: pluralBase(suffix, base, suffixes) ?? base };
    for (const flag of suffix.continuation) {
      for (const onward of affixes.rules.get(flag) ?? []) {
        if (onward.kind !== 'prefix') continue;
        const further = applyAffix(onward, form);
        if (further !== undefined) yield { form: further, tag, base };
      }
    }
  }
}

/**
 * The plural of a noun made by a derivational flag (Zk `deskundig` -> `deskundige`,
 * `deskundigen`; Zm -> `deskundigheid`, `deskundigheden`) comes from the singular noun that the
 * same flag makes, not from the adjective: that singular is the plural's lemma.
 */
function pluralBase(rule: AffixRule, base: string, rules: readonly AffixRule[]): string | undefined {
  if (rule.tag !== PLURAL_TAG) return undefined;
  const singular = rules.find((other) => other.flag === rule.flag && other.tag === SINGULAR_TAG);
  return singular ? applyAffix(singular, base) : undefined;
}

function usable(affixes: AffixFile, form: string, rule: AffixRule): boolean {
  if (form.endsWith(COMPOUND_JOINER)) return false;
  return affixes.onlyInCompoundFlag === undefined || !rule.continuation.includes(affixes.onlyInCompoundFlag);
}
