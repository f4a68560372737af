import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasTag } from '../lexicon/lexicon.ts';

/**
 * Dutch compounds as the current UD Dutch treebanks lemmatise them (Alpino's analysis): the
 * head is lemmatised, the modifier loses its plural or linking morpheme and a joining hyphen
 * (`krantenverslaggevers` -> `krant_verslaggever`, `regeringsleiders` -> `regering_leider`,
 * `Oranje-beloften` -> `Oranje_belofte`), and the parts are joined; the lemmatiser drops the
 * underscore (`krantverslaggever`).
 */

/** Heads shorter than this are too often a mere ending (-er, -en, -ing) to split off. */
const MIN_HEAD = 3;
const MIN_MODIFIER = 3;
/** Linking morphemes of Dutch compounds, longest first (ANS 'tussenklanken'); -er- (kindertijd) is left out: it takes too many words apart (linker-, gister-). */
const LINKING = ['en', 's'];
const HYPHEN = '-';

/** Whether the lexicon has the word as a base form of a noun. */
function isNoun(word: string, lexicon: Lexicon): boolean {
  const entry = lexicon.lookup(word);
  return entry !== undefined && hasTag(entry, 'noun') && entry.analyses.some((analysis) => analysis.tag === 'noun' && analysis.base === word);
}

/** Whether the lexicon has the word as a base form (any class but a name), or it is two such words. */
function isWord(word: string, lexicon: Lexicon, depth = 0): boolean {
  const entry = lexicon.lookup(word);
  if (entry?.analyses.some((analysis) => analysis.base === word && analysis.tag !== 'name')) return true;
  if (depth > 0) return false;
  for (let at = MIN_MODIFIER; at <= word.length - MIN_MODIFIER; at++) {
    if (isWord(word.slice(0, at), lexicon, 1) && isWord(word.slice(at), lexicon, 1)) return true;
  }
  return false;
}

/**
 * A compound's modifier as the lemma writes it, or undefined when it is not a known word: a
 * noun stays (`basis`, `reis`), a plural becomes its singular (`kranten` -> `krant`,
 * `avonturen` -> `avontuur`), a linking morpheme goes when a word (or two) remains
 * (`regerings` -> `regering`, `volks` -> `volk`, `vredes` -> `vrede`, `gemeenteraads` ->
 * `gemeenteraad`), and any other word stays (`groot`).
 */
export function modifierLemma(modifier: string, lexicon: Lexicon): string | undefined {
  const bare = modifier.endsWith(HYPHEN) ? modifier.slice(0, -1) : modifier;
  if (bare.length < MIN_MODIFIER - 1 || bare.includes(HYPHEN)) return undefined;
  if (bare.length !== modifier.length) return bare; // a hyphen marks the split: the part stays as written
  if (isNoun(bare, lexicon)) return bare;
  const entry = lexicon.lookup(bare);
  // studenten: plural of student and of studente; the shorter is the usual one.
  const plurals = entry?.analyses.filter((analysis) => analysis.tag === 'noun-plural').map((analysis) => analysis.base) ?? [];
  if (plurals.length > 0) return plurals.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  for (const linking of LINKING) {
    const stem = bare.slice(0, -linking.length);
    if (bare.endsWith(linking) && stem.length >= MIN_MODIFIER && isWord(stem, lexicon)) return stem;
  }
  return entry ? bare : undefined;
}

/** A split of a word into a modifier and a head. */
export interface CompoundSplit {
  /** The modifier as the lemma writes it. */
  readonly modifier: string;
  /** The head as it stands in the word. */
  readonly head: string;
}

/**
 * Splits a lower-cased word into a known modifier and the longest head `isHead` accepts, or
 * undefined when there is none.
 */
export function splitCompound(lower: string, lexicon: Lexicon, isHead: (head: string) => boolean): CompoundSplit | undefined {
  for (let at = MIN_MODIFIER - 1; at <= lower.length - MIN_HEAD; at++) {
    const head = lower.slice(at);
    if (head.startsWith(HYPHEN) || !isHead(head)) continue;
    const written = lower.slice(0, at);
    const modifier = modifierLemma(written, lexicon);
    if (modifier === undefined) continue;
    return { modifier, head };
  }
  return undefined;
}

/**
 * A lemma written as one word (`regeringsleider`, `Kuifje-strip`) in the current conventions
 * (`regeringleider`, `Kuifjestrip`), when `isHead` accepts its head and its modifier changes;
 * undefined when nothing changes or no split is found.
 */
export function compoundLemmaOf(lemma: string, lexicon: Lexicon, isHead: (head: string) => boolean): string | undefined {
  const lower = lemma.toLowerCase();
  const split = splitCompound(lower, lexicon, isHead);
  if (!split) return undefined;
  const modifierWritten = lemma.slice(0, lemma.length - split.head.length);
  if (split.modifier === modifierWritten.toLowerCase()) return undefined;
  // Keep a capital of the modifier as written (Kuifje-strip -> Kuifjestrip).
  const bare = modifierWritten.replace(/-$/u, '');
  const modifier = bare.toLowerCase() === split.modifier ? bare : split.modifier;
  return modifier + lemma.slice(lemma.length - split.head.length);
}
