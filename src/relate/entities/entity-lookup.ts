import { nameWords } from './fold-name.ts';
import { nameKey } from './name-key.ts';

/**
 * The forms a name is looked up by: folded (case, diacritics, hyphens: `wit rusland`) and its
 * transliteration key (`lukaxenko`), so `kroniek entity Lukashenko` finds Loekasjenko.
 *
 * @example entityLookupForms('Loekasjenko') // ['loekasjenko', 'lukaxenko']
 */
export function entityLookupForms(name: string): string[] {
  const folded = nameWords(name).join(' ');
  if (!folded) return [];
  const key = nameKey(name);
  return key === folded ? [folded] : [folded, key];
}
