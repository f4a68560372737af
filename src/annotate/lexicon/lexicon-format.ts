import { KroniekError } from '../../errors.ts';
import { LEXICON_TAGS, type LexiconTag } from './lexicon-tags.ts';

/**
 * The lexicon file: gzipped UTF-8 text, `#` header lines (format, version, provenance) and then
 * one line per lower-cased form, sorted by UTF-8 bytes so it can be searched in place:
 *
 *     form <TAB> spellings <TAB> analyses
 *
 * - `spellings`: the dictionary's own spellings of the form when they are not just the
 *   lower-cased form, comma-separated, `=` standing for the lower-cased form itself
 *   (`poetin  Poetin`, `bos  =,Bos`); empty when the form is only known in lower case.
 * - `analyses`: space-separated `CODE` (the form is itself a dictionary entry of that class) or
 *   `CODE:strip:add` (made from the entry found by removing `strip` characters from the end of
 *   the form and appending `add`: `huizen  Np:3:s` is the plural of `huis`). Codes: TAG_CODES.
 */
export const LEXICON_FORMAT = 'kroniek-lexicon';
export const LEXICON_VERSION = 1;

/** Short codes of the tags in the file: the file has 340,000 lines, so every byte counts. */
export const TAG_CODES: Readonly<Record<LexiconTag, string>> = {
  noun: 'N',
  adjective: 'A',
  'verb-stem': 'V',
  'verb-third': 'Vt',
  infinitive: 'Vi',
  'past-participle': 'Vd',
  name: 'P',
  word: 'W',
  'noun-plural': 'Np',
  diminutive: 'Nd',
  'diminutive-plural': 'Ndp',
  'noun-derived': 'Nx',
  'noun-derived-plural': 'Nxp',
  genitive: 'Pg',
  street: 'Ps',
  'adjective-inflected': 'Ae',
  comparative: 'Ac',
  'comparative-inflected': 'Ace',
  'comparative-partitive': 'Acs',
  superlative: 'As',
  'superlative-inflected': 'Ase',
  partitive: 'Ais',
  'verb-present-third': 'V3',
  'verb-past-singular': 'Vp',
  'verb-past-plural': 'Vpp',
  'present-participle': 'Vg',
  'present-participle-inflected': 'Vge',
  'past-participle-inflected': 'Vde',
};

const TAG_OF_CODE = new Map<string, LexiconTag>(LEXICON_TAGS.map((tag) => [TAG_CODES[tag], tag]));

/** Stands for the lower-cased form in the spellings column. */
export const LOWER_CASE_SPELLING = '=';

/** How a form was analysed: its class and the dictionary entry (lower-cased) it comes from. */
export interface LexiconAnalysis {
  readonly tag: LexiconTag;
  /** The base form, lower-cased: the form itself for a dictionary entry. */
  readonly base: string;
}

/** Encodes one analysis of `form` for the file. */
export function encodeAnalysis(form: string, analysis: LexiconAnalysis): string {
  const code = TAG_CODES[analysis.tag];
  if (analysis.base === form) return code;
  let common = 0;
  while (common < form.length && common < analysis.base.length && form[common] === analysis.base[common]) common++;
  return `${code}:${form.length - common}:${analysis.base.slice(common)}`;
}

/** Decodes one analysis of `form`; `where` names the file and line for a bad one. */
export function decodeAnalysis(form: string, field: string, where: string): LexiconAnalysis {
  const first = field.indexOf(':');
  const code = first < 0 ? field : field.slice(0, first);
  const tag = TAG_OF_CODE.get(code);
  if (tag === undefined) throw new KroniekError('bad-model', `${where}: unknown lexicon code ${JSON.stringify(code)}`);
  if (first < 0) return { tag, base: form };
  const second = field.indexOf(':', first + 1);
  const strip = Number(field.slice(first + 1, second));
  if (second < 0 || !Number.isInteger(strip) || strip > form.length) throw new KroniekError('bad-model', `${where}: bad lexicon analysis ${JSON.stringify(field)}`);
  return { tag, base: form.slice(0, form.length - strip) + field.slice(second + 1) };
}
