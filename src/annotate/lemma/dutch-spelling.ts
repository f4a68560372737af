/**
 * Dutch spelling alternations between a stem in a closed syllable (`loop`, `huis`, `groot`,
 * `dik`) and the same stem before an ending that starts with a vowel (`lopen`, `huizen`,
 * `grote`, `dikke`): a long vowel is written single in an open syllable, a short vowel doubles
 * the consonant after it, and f/s become v/z after a long vowel or diphthong. Both directions
 * give every spelling that could be right; the lexicon and the classifier choose.
 */

const VOWELS = 'aeiouy';
const DOUBLE_VOWELS = ['aa', 'ee', 'oo', 'uu'];
const VOICED: Readonly<Record<string, string>> = { f: 'v', s: 'z' };
const VOICELESS: Readonly<Record<string, string>> = { v: 'f', z: 's' };

function isVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS.includes(char);
}

/**
 * Spellings of a stem in a closed syllable, from the same stem taken off a vowel ending:
 * `lop` -> `loop`, `huiz` -> `huis`, `grot` -> `groot`, `dikk` -> `dik`, `liev` -> `lief`.
 * The stem as given is always among them.
 */
export function closedSyllableSpellings(stem: string): string[] {
  const spellings = new Set([stem]);
  const last = stem.at(-1);
  const before = stem.at(-2);
  if (last === undefined) return [stem];
  // A doubled consonant after a short vowel: dikk -> dik.
  if (!isVowel(last) && last === before) spellings.add(stem.slice(0, -1));
  const unvoiced = VOICELESS[last];
  const bases = unvoiced ? [stem, stem.slice(0, -1) + unvoiced] : [stem];
  for (const base of bases) {
    spellings.add(base);
    // A single vowel before a single final consonant was long: grot -> groot, lop -> loop.
    const vowel = base.at(-2);
    if (!isVowel(base.at(-1)) && isVowel(vowel) && vowel !== 'i' && !isVowel(base.at(-3)) && vowel !== undefined) {
      spellings.add(base.slice(0, -1) + vowel + base.slice(-1));
    }
  }
  return [...spellings];
}

/**
 * Spellings of a stem before a vowel ending, from the stem in a closed syllable: `loop` ->
 * `lop`, `huis` -> `huiz`/`huis`, `stop` -> `stopp`/`stop`, `geloof` -> `gelov`. The stem as
 * given is always among them.
 */
export function openSyllableSpellings(stem: string): string[] {
  const spellings = new Set([stem]);
  const last = stem.at(-1);
  if (last === undefined || isVowel(last)) return [stem];
  const voiced = VOICED[last];
  const vowelPart = stem.slice(-3, -1);
  if (DOUBLE_VOWELS.includes(vowelPart)) {
    const single = stem.slice(0, -2) + last;
    spellings.add(single);
    if (voiced) spellings.add(single.slice(0, -1) + voiced);
  } else if (isVowel(stem.at(-2)) && !isVowel(stem.at(-3))) {
    // A short vowel: the consonant doubles (stop -> stoppen), except in unstressed -el, -er, -en.
    spellings.add(stem + last);
  } else if (voiced && (isVowel(stem.at(-2)) || 'lr'.includes(stem.at(-2) ?? ''))) {
    // A diphthong or l/r before f/s: huis -> huizen, geloof handled above, verf -> verven.
    spellings.add(stem.slice(0, -1) + voiced);
  }
  return [...spellings];
}

/** Infinitives a verb stem may have: `loop` -> `lopen`, `ga` -> `gaan`, `stop` -> `stoppen`. */
export function infinitivesOfStem(stem: string): string[] {
  if (stem.length === 0) return [];
  // ga -> gaan, sta -> staan; doe -> doen, zie -> zien; ruzie -> ruziën.
  if (stem.endsWith('a')) return [`${stem}an`, `${stem}n`];
  if (isVowel(stem.at(-1))) return [`${stem}n`, `${stem}ën`];
  return openSyllableSpellings(stem).map((spelling) => `${spelling}en`);
}
