import { nameWords } from './fold-name.ts';
import { nameKey, wordKey } from './name-key.ts';

/** Lower-case words that start a surname (van Rooij, de Gaulle, von der Leyen, bin Salman). */
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'von', 'zu', 'di', 'da', 'del', 'le', 'la', 'el', 'al', 'bin', 'ben', 'ibn', "d'", 'du', 'dos', 'das']);
/** An initial as written: `A.`, `A.G.`, or one capital letter. */
const INITIALS = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

/** A person's name split into what is given and what is the family's. */
export interface PersonName {
  /** Keys of the given names, in order; an initial is one letter (`a`). */
  readonly given: readonly string[];
  /** Whether each given name was written as an initial. */
  readonly initial: readonly boolean[];
  /** The key of the surname, particles included: `van rooi`, `lukaxenko`. */
  readonly surname: string;
}

/**
 * Splits a person's name: given names first, then a surname that starts at its first lower-case
 * particle or is the last word. `Aleksandr Loekasjenko` -> given [aleksandr], surname lukaxenko;
 * `Mark van Rooij` -> [mark], `van rooi`; `A.G. Loekasjenko` -> initials [a, g].
 *
 * @example parsePersonName('Angela Merkel') // { given: ['angela'], initial: [false], surname: 'merkel' }
 */
export function parsePersonName(text: string): PersonName {
  const written = text.split(/\s+/).filter((word) => nameWords(word).length > 0);
  let cut = written.length - 1;
  for (let i = 1; i < written.length - 1; i++) {
    if (SURNAME_PARTICLES.has(written[i]!.toLowerCase())) {
      cut = i;
      break;
    }
  }
  if (written.length > 1 && SURNAME_PARTICLES.has(written[0]!.toLowerCase())) cut = 0;
  const given: string[] = [];
  const initial: boolean[] = [];
  for (const word of written.slice(0, Math.max(cut, 0))) {
    if (INITIALS.test(word)) {
      for (const letter of nameWords(word).join('')) {
        given.push(letter);
        initial.push(true);
      }
    } else {
      given.push(wordKey(word));
      initial.push(false);
    }
  }
  return { given, initial, surname: nameKey(written.slice(Math.max(cut, 0)).join(' ')) };
}

/** A vowel before a final r: Aleksandr = Aleksander = Aleksandar, Petr = Peter. */
const VOWEL_BEFORE_FINAL_R = /(?<=[^aeiou])[aeiou]r$/;

/** Given-name keys that count as one name: the key with a vowel before a final r dropped. */
function givenForm(key: string): string {
  return key.replace(VOWEL_BEFORE_FINAL_R, 'r');
}

/**
 * Whether two people's given names may be one person's: either has none, or the first given
 * names agree: the same key (Vladimir = Wladimir), the same up to a vowel before a final r
 * (Aleksandr = Aleksander = Alexander), or an initial that starts the other (A. = Aleksandr).
 * Different first names or initials block a merge: Angela Merkel is not Hans Merkel.
 *
 * @example givenNamesAgree(parsePersonName('Alexandr Loekasjenko'), parsePersonName('Aleksander Lukashenko')) // true
 */
export function givenNamesAgree(a: PersonName, b: PersonName): boolean {
  if (a.given.length === 0 || b.given.length === 0) return true;
  return givenAgree(a.given[0]!, a.initial[0]!, b.given[0]!, b.initial[0]!);
}

function givenAgree(a: string, aInitial: boolean, b: string, bInitial: boolean): boolean {
  if (aInitial || bInitial) return a.charAt(0) === b.charAt(0);
  return a === b || givenForm(a) === givenForm(b);
}

/** The form of a first given name that agreement compares, for grouping: initials stay one letter. */
export function firstGivenForm(name: PersonName): string | null {
  if (name.given.length === 0) return null;
  return name.initial[0] ? name.given[0]! : givenForm(name.given[0]!);
}
