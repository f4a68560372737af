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
/** Linking morphemes of Dutch compounds, longest first (ANS 'tussenklanken'). */
const LINKING = ['en', 'er', 's'];
const HYPHEN = '-';

/** A compound's modifier as the lemma writes it, or undefined when it is not a known word. */
export function modifierLemma(modifier: string, lexicon: Lexicon): string | undefined {
  const bare = modifier.endsWith(HYPHEN) ? modifier.slice(0, -1) : modifier;
  if (bare.length < MIN_MODIFIER - 1 || bare.includes(HYPHEN)) return undefined;
  if (bare.length !== modifier.length) return bare; // a hyphen marks the split: the part stays as written
  const entry = lexicon.lookup(bare);
  if (entry) {
    if (entry.analyses.some((analysis) => analysis.base === bare && analysis.tag !== 'word' && analysis.tag !== 'name')) return bare;
    const plural = entry.analyses.find((analysis) => analysis.tag === 'noun-plural');
    if (plural) return plural.base;
  }
  for (const linking of LINKING) {
    if (!bare.endsWith(linking)) continue;
    const stem = bare.slice(0, -linking.length);
    const stemEntry = stem.length >= MIN_MODIFIER ? lexicon.lookup(stem) : undefined;
    if (stemEntry && (hasTag(stemEntry, 'noun') || hasTag(stemEntry, 'verb-stem') || hasTag(stemEntry, 'adjective'))) return stem;
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
    const modifier = modifierLemma(lower.slice(0, at), lexicon);
    if (modifier !== undefined) return { modifier, head };
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
