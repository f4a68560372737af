import { readFileSync } from 'node:fs';

/** The shipped list of Dutch role and title nouns. */
export const ROLE_WORDS_TABLE = new URL('../../../data/roles-nl.txt', import.meta.url);
/** A compound must keep at least this many letters before its role noun (`oppositie|leider`),
 * so a short name that merely ends like one (`Schef`) is not taken for a role. */
const MIN_COMPOUND_PREFIX = 3;

let roles: ReadonlySet<string> | undefined;

function roleNouns(): ReadonlySet<string> {
  roles ??= new Set(
    readFileSync(ROLE_WORDS_TABLE, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return roles;
}

/**
 * Whether one word names a role or title: a noun of data/roles-nl.txt, or a compound ending in
 * one (Kremlinwoordvoerder, oppositieleider, regeringswoordvoerder, EU-president).
 *
 * @example isRoleWord('Kremlinwoordvoerder') // true
 * @example isRoleWord('Loekasjenko')         // false
 */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const nouns = roleNouns();
  if (nouns.has(lower)) return true;
  for (const noun of nouns) {
    if (lower.length - noun.length >= MIN_COMPOUND_PREFIX && lower.endsWith(noun)) return true;
  }
  return false;
}

/**
 * Whether a one-word mention is a role and nothing else: a compound role word (Kremlinleider)
 * or a bare role noun in lower case. `Koning` with a capital may be a surname, so it is not.
 */
export function isRoleOnly(word: string): boolean {
  if (!isRoleWord(word)) return false;
  return word !== word.charAt(0).toUpperCase() + word.slice(1) || !roleNouns().has(word.toLowerCase());
}
