/**
 * The rules of the transliteration-aware name key (docs/entities.md), applied in this order to
 * one folded word (lower-case ASCII letters and digits). Each rule maps the ways Dutch,
 * English, German and French write one sound of a Slavic (or other non-Latin) name to one
 * spelling, so that Loekasjenko, Lukashenko, Lukaschenko and Loukachenko share a key.
 *
 * The key's own alphabet: after these rules `c`, `j`, `q`, `w`, `y` and `z` never occur, and
 * `x` no longer means /ks/ but the whole class of hushing sounds and /x/ (ш ж ч щ х), since the
 * four languages write those with overlapping letters (Dutch `ch` is /x/, English `ch` is /tʃ/,
 * French `ch` is /ʃ/).
 *
 * The order matters: a rule sees what the rules before it left. `x` becomes `ks` before the
 * hushing class takes the letter over; `tsj` must become `x` before `ts` becomes `s`; the
 * Belarusian `ou` before `sk` must be read before French `ou` becomes `u`.
 */
export interface TransliterationRule {
  /** Short name, for the docs and a failing test. */
  readonly name: string;
  readonly pattern: RegExp;
  readonly replacement: string;
  /** A folded word before and after this rule alone, for the docs. */
  readonly example: readonly [string, string];
}

/** Words shorter than this keep a final `e`: too little is left to tell them apart without it. */
const MIN_LENGTH_FOR_SILENT_E = 5;

export const TRANSLITERATION_RULES: readonly TransliterationRule[] = [
  { name: 'x is ks', pattern: /x/g, replacement: 'ks', example: ['alexandr', 'aleksandr'] },
  // Belarusian forms beside Russian ones: Ціханоўская (Tsikhanouskaya) is Тихановская (Tichanovskaja).
  { name: 'Belarusian initial tsi is ti', pattern: /^tsi/, replacement: 'ti', example: ['tsikhanouskaya', 'tikhanouskaya'] },
  { name: 'Belarusian ou before sk is ov', pattern: /ou(?=sk)/g, replacement: 'ov', example: ['tikhanouskaya', 'tikhanovskaya'] },
  {
    // ш щ ж ч х: Dutch sj, sjtsj, zj, tsj, ch; English sh, shch, zh, ch, kh; German sch, schtsch,
    // sch, tsch, ch; French ch, chtch, j, tch, kh; Polish sz, cz. Longest first at each place.
    name: 'hushing sounds and ch are x',
    pattern: /tsch|tsj|tch|sch|sj|sh|zh|zj|kh|ch|cz|sz/g,
    replacement: 'x',
    example: ['chroesjtsjov', 'xroexxov'],
  },
  { name: 'German ue is u (Mueller = Müller)', pattern: /(?<![gq])ue/g, replacement: 'u', example: ['mueller', 'muller'] },
  { name: 'French gue and gui are ge and gi', pattern: /gu(?=[ei])/g, replacement: 'g', example: ['evgueni', 'evgeni'] },
  { name: 'Dutch oe and French ou are u', pattern: /oe|ou/g, replacement: 'u', example: ['poetin', 'putin'] },
  { name: 'ck is k', pattern: /ck/g, replacement: 'k', example: ['zuckerman', 'zukerman'] },
  { name: 'c before e, i, y is s', pattern: /c(?=[eiy])/g, replacement: 's', example: ['cecilia', 'sesilia'] },
  { name: 'other c and q are k', pattern: /[cq]/g, replacement: 'k', example: ['macron', 'makron'] },
  { name: 'ph is f', pattern: /ph/g, replacement: 'f', example: ['philip', 'filip'] },
  { name: 'th is t', pattern: /th/g, replacement: 't', example: ['thomas', 'tomas'] },
  { name: 'w is v', pattern: /w/g, replacement: 'v', example: ['nawalny', 'navalny'] },
  { name: 'j and y are i', pattern: /[jy]/g, replacement: 'i', example: ['yanukovyx', 'ianukovix'] },
  // German z is /ts/ and German s is /z/: Selenskyj = Zelensky, Jelzin = Jeltsin.
  { name: 'z and ts are s', pattern: /z|ts/g, replacement: 's', example: ['jelzin', 'jelsin'] },
  { name: 'initial ie is e (Yeltsin = Eltsine)', pattern: /^ie/, replacement: 'e', example: ['ielsin', 'elsin'] },
  { name: 'final v is f (-ov = -off = -ow)', pattern: /v$/, replacement: 'f', example: ['lavrov', 'lavrof'] },
  // Russian ё after a hushing sound: Dutch and German write o (Gorbatsjov), English and French e (Gorbachev).
  { name: 'e after x before a final f or va is o', pattern: /xe(?=f$|va$)/, replacement: 'xo', example: ['gorbaxef', 'gorbaxof'] },
  {
    name: 'French silent final e',
    pattern: new RegExp(`(?<=^.{${MIN_LENGTH_FOR_SILENT_E - 2},}[^aeiou])e$`),
    replacement: '',
    example: ['putine', 'putin'],
  },
  // Doubled letters last, so the -skij, -skyy, -skiy and -sky endings all end as -ski.
  { name: 'doubled letters are single', pattern: /([a-z])\1+/g, replacement: '$1', example: ['selenskii', 'selenski'] },
];
