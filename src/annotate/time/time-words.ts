/**
 * The Dutch words of time expressions, in one place (as chrono's `locales/nl/constants.ts`):
 * closed word classes, so a constants file rather than a data table. The regular expressions
 * of the parsers are built from these lists once, at load.
 */

/** Weekdays, ISO numbered (maandag = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};

/** Months and their usual abbreviations. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
};
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

/** Seasons as TIMEX3 writes them (`2020-SU`). Voorjaar and najaar are spring and autumn. */
export const SEASONS: Readonly<Record<string, Season>> = {
  lente: 'SP', voorjaar: 'SP', zomer: 'SU', herfst: 'FA', najaar: 'FA', winter: 'WI',
};
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Parts of the day, as TIMEX3 codes: "zaterdagochtend" is Saturday `TMO`. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  ochtend: 'MO', morgen: 'MO', middag: 'AF', avond: 'EV', nacht: 'NI',
};

/** "gisteren", "vanavond"...: a shift in days from the anchor and a part of the day. */
export const RELATIVE_DAYS: Readonly<Record<string, { days: number; part?: string }>> = {
  eergisteren: { days: -2 }, gisteren: { days: -1 }, vandaag: { days: 0 }, morgen: { days: 1 }, overmorgen: { days: 2 },
  gisterochtend: { days: -1, part: 'MO' }, gistermorgen: { days: -1, part: 'MO' }, gistermiddag: { days: -1, part: 'AF' },
  gisteravond: { days: -1, part: 'EV' }, gisternacht: { days: -1, part: 'NI' },
  vanochtend: { days: 0, part: 'MO' }, vanmorgen: { days: 0, part: 'MO' }, vanmiddag: { days: 0, part: 'AF' },
  vanavond: { days: 0, part: 'EV' }, vannacht: { days: 0, part: 'NI' },
  morgenochtend: { days: 1, part: 'MO' }, morgenmiddag: { days: 1, part: 'AF' }, morgenavond: { days: 1, part: 'EV' },
  'eerder op de dag': { days: 0 }, 'later op de dag': { days: 0 }, 'eerder vandaag': { days: 0 }, 'later vandaag': { days: 0 },
};

/** Words that shift a calendar unit: "vorige week" is -1, "dit jaar" 0, "volgend jaar" +1. */
export const UNIT_SHIFTS: Readonly<Record<string, number>> = {
  vorige: -1, vorig: -1, afgelopen: -1, verleden: -1, voorbije: -1, voorbij: -1,
  deze: 0, dit: 0, komende: 1, komend: 1, volgende: 1, volgend: 1, aanstaande: 1,
};

/** Words before a weekday that fix its direction; others leave it to the tense. */
export const WEEKDAY_DIRECTIONS: Readonly<Record<string, 'past' | 'future' | 'auto'>> = {
  afgelopen: 'past', vorige: 'past', jongstleden: 'past', komende: 'future', volgende: 'future', aanstaande: 'future', deze: 'auto',
};

/** Units of duration and their ISO 8601 designators (time units go after `T`). */
export type DurationUnit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';
export const DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  seconde: 'S', seconden: 'S', minuut: 'MIN', minuten: 'MIN', uur: 'H', uren: 'H', dag: 'D', dagen: 'D', etmaal: 'D',
  week: 'W', weken: 'W', maand: 'M', maanden: 'M', jaar: 'Y', jaren: 'Y', decennium: 'DE', decennia: 'DE', eeuw: 'CE', eeuwen: 'CE',
};

/** "jarenlang", "wekenlang": an unknown number of the unit. */
export const LONG_WORDS: Readonly<Record<string, DurationUnit>> = {
  urenlang: 'H', dagenlang: 'D', wekenlang: 'W', maandenlang: 'M', jarenlang: 'Y', decennialang: 'DE', eeuwenlang: 'CE',
};

/** "dagelijks", "elke week"...: the period of a set. */
export const SET_WORDS: Readonly<Record<string, DurationUnit>> = {
  dagelijks: 'D', dagelijkse: 'D', wekelijks: 'W', wekelijkse: 'W', maandelijks: 'M', maandelijkse: 'M', jaarlijks: 'Y', jaarlijkse: 'Y',
};

/** Decades by their Dutch name: "de jaren negentig" is the 1990s (TIMEX3 `199`). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twintig: 2, dertig: 3, veertig: 4, vijftig: 5, zestig: 6, zeventig: 7, tachtig: 8, negentig: 9,
};

/** Ordinals that name centuries and quarters. */
export const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4, achttiende: 18, negentiende: 19, twintigste: 20, eenentwintigste: 21,
};

/** Words that modify a date ("sinds 1994", "begin augustus") or a duration ("zowat 50 minuten"). */
export const DATE_MODIFIERS: Readonly<Record<string, 'ON_OR_AFTER' | 'START' | 'MID' | 'END' | 'APPROX'>> = {
  sinds: 'ON_OR_AFTER', sedert: 'ON_OR_AFTER', vanaf: 'ON_OR_AFTER', begin: 'START', eind: 'END', einde: 'END',
  medio: 'MID', half: 'MID', halverwege: 'MID', midden: 'MID', rond: 'APPROX', omstreeks: 'APPROX', circa: 'APPROX',
};
export const DURATION_MODIFIERS: Readonly<Record<string, 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | null>> = {
  al: null, sinds: null, zowat: 'APPROX', ongeveer: 'APPROX', circa: 'APPROX', "zo'n": 'APPROX', pakweg: 'APPROX', ruwweg: 'APPROX',
  ruim: 'MORE_THAN', 'meer dan': 'MORE_THAN', 'langer dan': 'MORE_THAN', bijna: 'LESS_THAN', 'nog geen': 'LESS_THAN',
  'minder dan': 'LESS_THAN', 'korter dan': 'LESS_THAN', minstens: 'EQUAL_OR_MORE', 'ten minste': 'EQUAL_OR_MORE', zeker: 'EQUAL_OR_MORE',
};

/** Words after a number that make it a count, not a year: "2014 mensen", "1994 euro". */
export const COUNTED_NOUNS = new Set([
  'mensen', 'personen', 'doden', 'slachtoffers', 'euro', 'dollar', 'procent', 'keer', 'stemmen', 'kilometer', 'meter', 'kilo', 'ton',
  'huizen', 'woningen', 'banen', 'leden', 'soldaten', 'migranten', 'demonstranten', 'agenten', 'deelnemers', 'inwoners',
]);

/** Alternation of the keys of a word table, longest first so a regular expression prefers "eergisteren" to "gisteren". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** A word boundary on both sides, for letters and digits of any script. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
