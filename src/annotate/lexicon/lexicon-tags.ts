/**
 * Word-class hints of the lexicon: what the dictionary says a form is. Inflected forms take
 * their hint from OpenTaal's `ts:` tag on the affix rule that made them; dictionary entries
 * (base forms) from the affix flags they carry (a word that takes a plural suffix is a noun).
 */
export type LexiconTag =
  // Base forms, from the flags of a dictionary entry.
  | 'noun' // takes a plural or diminutive suffix: huis, tuin
  | 'adjective' // takes -e, comparative or superlative suffixes: groot, lelijk
  | 'verb-stem' // takes -t and a past tense suffix: werk, loop
  | 'verb-third' // a third-person form that takes the past tense (rammelt -> rammelde)
  | 'infinitive' // takes -d/-de (lopen -> lopend): also nominal infinitives
  | 'past-participle' // takes -e (aangetekend -> aangetekende)
  | 'name' // takes the possessive -s of proper names: Poetin, Minsk
  | 'word' // an entry without inflection flags: gegaan, liep, omdat
  // Inflected forms, from OpenTaal's ts: tags.
  | 'noun-plural' // NN2: huizen, tuinen, auto's
  | 'diminutive' // NN1r: huisje
  | 'diminutive-plural' // NN2r: huisjes
  | 'noun-derived' // NN1, NN1d: deskundige (from deskundig), bassiste, Eindhovenaar
  | 'noun-derived-plural' // NN2d: Hoofddorpers
  | 'genitive' // DT from the possessive rule: Poetins, Minsks
  | 'street' // DT from the street rules: X-straat, X-laan
  | 'adjective-inflected' // AJe: grote, lelijke
  | 'comparative' // AJc, AJcn: groter
  | 'comparative-inflected' // AJce: grotere
  | 'comparative-partitive' // AJci: (iets) groters
  | 'superlative' // AJsn: grootst
  | 'superlative-inflected' // AJse: grootste
  | 'partitive' // i: (iets) lelijks
  | 'verb-present-third' // VB3: werkt, loopt
  | 'verb-past-singular' // VBh1: werkte
  | 'verb-past-plural' // VBh: werkten
  | 'present-participle' // PPn: lopend
  | 'present-participle-inflected' // PPe: lopende
  | 'past-participle-inflected'; // VBpe: aangetekende

/** Every tag, in the order of their bit in a stored hint mask (append only: files store bits). */
export const LEXICON_TAGS: readonly LexiconTag[] = [
  'noun', 'adjective', 'verb-stem', 'verb-third', 'infinitive', 'past-participle', 'name', 'word',
  'noun-plural', 'diminutive', 'diminutive-plural', 'noun-derived', 'noun-derived-plural', 'genitive', 'street',
  'adjective-inflected', 'comparative', 'comparative-inflected', 'comparative-partitive', 'superlative', 'superlative-inflected', 'partitive',
  'verb-present-third', 'verb-past-singular', 'verb-past-plural', 'present-participle', 'present-participle-inflected', 'past-participle-inflected',
];

/** OpenTaal `ts:` tags of affix rules, as lexicon tags. */
export const OPENTAAL_TAGS: Readonly<Record<string, LexiconTag>> = {
  NN2: 'noun-plural',
  NN1r: 'diminutive',
  NN2r: 'diminutive-plural',
  NN1: 'noun-derived',
  NN1d: 'noun-derived',
  NN2d: 'noun-derived-plural',
  DT: 'genitive',
  AJe: 'adjective-inflected',
  AJc: 'comparative',
  AJcn: 'comparative',
  AJce: 'comparative-inflected',
  AJci: 'comparative-partitive',
  AJsn: 'superlative',
  AJse: 'superlative-inflected',
  i: 'partitive',
  VB3: 'verb-present-third',
  VBh1: 'verb-past-singular',
  VBh: 'verb-past-plural',
  PPn: 'present-participle',
  PPe: 'present-participle-inflected',
  VBpe: 'past-participle-inflected',
};

/**
 * Affix flags of the OpenTaal dictionary that say what class a dictionary entry is. The flag
 * letters are OpenTaal's (index.aff): Z* plurals, Y* diminutives, A* adjective endings, V3/Vp/Vq
 * verb stems, Va/Vb third-person forms, Vi infinitives, Ve participles,
 * Xe nouns with a female form, PN names and PI/PJ/PK place names with inhabitant forms.
 */
export function baseTagOfFlag(flag: string): LexiconTag | undefined {
  if ((/^[ZY][a-z]$/u.test(flag) && flag !== 'Zk' && flag !== 'Zm') || flag === 'Xe') return 'noun';
  if (/^A[a-z]$/u.test(flag)) return 'adjective';
  if (flag === 'V3' || flag === 'Vp' || flag === 'Vq') return 'verb-stem';
  if (flag === 'Va' || flag === 'Vb') return 'verb-third';
  if (flag === 'Vi') return 'infinitive';
  if (flag === 'Ve') return 'past-participle';
  if (flag === 'PN' || flag === 'PI' || flag === 'PJ' || flag === 'PK') return 'name';
  return undefined;
}

/** The tag of a form made by an affix rule with this flag and `ts:` tag. */
export function derivedTag(flag: string, opentaalTag: string | undefined): LexiconTag | undefined {
  if (/^G[a-zA-Z]$/u.test(flag)) return 'street';
  if (opentaalTag === undefined) return flag === 'Zu' ? 'noun-plural' : undefined;
  return OPENTAAL_TAGS[opentaalTag];
}

/** The bit of a tag in a hint mask. */
export function tagBit(tag: LexiconTag): number {
  return 1 << LEXICON_TAGS.indexOf(tag);
}
