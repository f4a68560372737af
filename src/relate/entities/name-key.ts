import { nameWords } from './fold-name.ts';
import { TRANSLITERATION_RULES } from './transliteration-rules.ts';

/**
 * The transliteration-aware key of one word of a name: folded to ASCII, then rewritten by
 * TRANSLITERATION_RULES, so the Dutch, English, German and French renderings of one Slavic
 * name meet (docs/entities.md). Not a pronunciation: a spelling that variants share.
 *
 * @example wordKey('Loekasjenko') === wordKey('Lukashenko') // 'lukaxenko'
 * @example wordKey('Selenskyj') === wordKey('Zelensky')     // 'selenski'
 */
export function wordKey(word: string): string {
  return nameWords(word)
    .map((part) => TRANSLITERATION_RULES.reduce((key, rule) => key.replace(rule.pattern, rule.replacement), part))
    .join('');
}

/**
 * The key of a whole name: the key of each word, joined by one space, so `Wit-Rusland`
 * ('vit rusland') never shares the key of `Rusland` ('rusland').
 *
 * @example nameKey('Aleksandr Loekasjenko') // 'aleksandr lukaxenko'
 */
export function nameKey(name: string): string {
  return nameWords(name).map(wordKey).join(' ');
}
