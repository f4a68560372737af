/**
 * Cyrillic names in Dutch spelling, the way Dutch news writes them (Лукашенко -> Loekasjenko,
 * Зеленський -> Zelenski): the Dutch transliteration of Russian and Ukrainian (oe for у, sj for
 * ш, tsj for ч, zj for ж, ch for х, j for й), with the name endings Dutch usage simplifies
 * (-ский/-ський -> -ski, -ий -> -i, -ый -> -y). Ukrainian letters (і, ї, є, ґ, and г as h) follow
 * the Ukrainian rules. For the gazetteer's name lists only: not a general romanisation.
 */

const COMMON: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'oe', ф: 'f', х: 'ch', ц: 'ts', ч: 'tsj', ш: 'sj', щ: 'sjtsj', ж: 'zj',
  й: 'j', ь: '', ъ: '', ю: 'joe', я: 'ja', ё: 'jo', э: 'e', ы: 'y',
};
const RUSSIAN: Readonly<Record<string, string>> = { ...COMMON, г: 'g', и: 'i', е: 'e' };
const UKRAINIAN: Readonly<Record<string, string>> = { ...COMMON, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'ji', є: 'je', е: 'e' };
const VOWELS = new Set('аеёиоуыэюяіїє');
/** Endings Dutch usage writes short, longest first. */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['ський', 'ski'], ['цький', 'tski'], ['ский', 'ski'], ['цкий', 'tski'], ['ская', 'skaja'], ['ська', 'ska'],
  ['ий', 'i'], ['ый', 'y'], ['ій', 'i'],
];

export type CyrillicLanguage = 'ru' | 'uk';

/** A Cyrillic name in Dutch spelling; a name with no Cyrillic letters comes back as it was. */
export function cyrillicToDutch(name: string, language: CyrillicLanguage): string {
  const table = language === 'uk' ? UKRAINIAN : RUSSIAN;
  return name.replace(/[\p{Script=Cyrillic}]+/gu, (word) => transliterateWord(word, table));
}

function transliterateWord(word: string, table: Readonly<Record<string, string>>): string {
  const lower = word.toLowerCase();
  let stem = lower;
  let tail = '';
  for (const [ending, dutch] of ENDINGS) {
    if (lower.length > ending.length + 1 && lower.endsWith(ending)) {
      stem = lower.slice(0, -ending.length);
      tail = dutch;
      break;
    }
  }
  let out = '';
  for (let i = 0; i < stem.length; i++) {
    const letter = stem[i]!;
    const previous = i === 0 ? '' : stem[i - 1]!;
    // Russian е is je at the start of a word and after a vowel or a sign (Елена -> Jelena).
    if (letter === 'е' && table === RUSSIAN && (i === 0 || VOWELS.has(previous) || previous === 'ь' || previous === 'ъ')) out += 'je';
    else if (letter === 'ё' && 'жшчщ'.includes(previous)) out += 'o';
    else out += table[letter] ?? letter;
  }
  out += tail;
  const first = word[0]!;
  return first === first.toUpperCase() && first !== first.toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
