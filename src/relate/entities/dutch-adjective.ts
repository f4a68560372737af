/** A long vowel written double, then one consonant at the end: Europees, Chinees, Portugees. */
const DOUBLE_VOWEL_BEFORE_FINAL_CONSONANT = /(aa|ee|oo|uu)([^aeiou])$/;

/**
 * The inflected (-e) form of a Dutch adjective of place, so the table lists the base form only:
 * Wit-Russisch -> Wit-Russische, Pools -> Poolse, Duits -> Duitse, Europees -> Europese (a long
 * vowel in a syllable that opens loses its second letter), Zweeds -> Zweedse.
 *
 * @example inflectAdjective('Wit-Russisch') // 'Wit-Russische'
 */
export function inflectAdjective(base: string): string {
  const match = DOUBLE_VOWEL_BEFORE_FINAL_CONSONANT.exec(base);
  if (match) return `${base.slice(0, match.index)}${match[1]!.charAt(0)}${match[2]}e`;
  return `${base}e`;
}
