import type { MentionSpan } from '../entities/mention.ts';
import { formAt, tokenAt, type FigureCandidate, type SentenceView } from './figure-candidate.ts';

/** What a filter rule knows of a candidate besides its tokens. */
export interface FilterContext {
  readonly view: SentenceView;
  readonly mentions: readonly MentionSpan[];
  /** The token of the noun the figure counts, or null (counted-noun.ts). */
  readonly noun: number | null;
  /** The quantity the clause's subject names when there is no counted noun ("Het dodental ... tot 920"), or null. */
  readonly subjectQuantity: string | null;
}

/** A named rule that says a number is not a figure worth keeping. */
export interface NonFigureRule {
  readonly name: string;
  applies(candidate: FigureCandidate, context: FilterContext): boolean;
}

/** Years are digits only in this range ("in 2014", "sinds 1994"); with a noun they are counts ("1200 woningen"). */
const YEAR_MIN = 1500;
const YEAR_MAX = 2100;
const MONTHS: ReadonlySet<string> = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec january february march june july august october'.split(' '),
);
/** Words before a number that make it a name or an index, not an amount: "artikel 5", "lijn 12". */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(
  'artikel art. nummer nr. nr lijn hoofdstuk paragraaf pagina bladzijde blz. bus tram route kanaal zaal versie fase niveau code groep klasse categorie editie seizoen'.split(' '),
);
const CLOCK_WORDS: ReadonlySet<string> = new Set(['om', 'tot', 'vanaf', 'sinds']);
const DEFINITE_WORDS: ReadonlySet<string> = new Set(['de', 'die', 'deze', 'beide', 'alle', 'zijn', 'haar', 'hun']);
/** "de twee presidenten" names two known people; a spelled-out number up to this is such a reference. */
const DEFINITE_REFERENCE_MAX = 10;

/** Words before a year: "in 2014", "sinds 1994", "eind 2020". */
const YEAR_WORDS: ReadonlySet<string> = new Set('in sinds van tot uit vanaf na voor begin eind medio halverwege zomer winter lente herfst jaar'.split(' '));

/** "in 2014", "sinds 1994", "de zomer van 2020"; "in 2020 Loekasjenko ..." too (a name is not what a number counts). */
export const yearRule: NonFigureRule = {
  name: 'year',
  applies: (c, { view, noun }) =>
    c.plain && c.value >= YEAR_MIN && c.value <= YEAR_MAX && Number.isInteger(c.value) &&
    (noun === null || YEAR_WORDS.has(formAt(view, c.first - 1)) || tokenAt(view, noun)?.upos === 'PROPN'),
};

/** "9 augustus", "August 15". */
export const dateRule: NonFigureRule = {
  name: 'date',
  applies: (c, { view }) => MONTHS.has(formAt(view, c.end)) || (MONTHS.has(formAt(view, c.first - 1)) && !c.words),
};

/** Hours of a clock. */
const CLOCK_HOURS = 24;

/** "om 14 uur", "tot 18 uur", "rond 2 uur 's nachts": a time of day. */
export const clockRule: NonFigureRule = {
  name: 'clock-time',
  applies: (c, { view }) => c.unit === 'uur' && c.value <= CLOCK_HOURS && (CLOCK_WORDS.has(formAt(view, c.first - 1)) || /^['’]s$/.test(formAt(view, c.end))),
};

/** Units of time a point in time can be counted back in. */
const TIME_UNITS: ReadonlySet<string> = new Set(['jaar', 'maand', 'week', 'dag', 'uur', 'minuut', 'seconde']);

/** "twintig jaar geleden", "drie dagen geleden": a point in time (a timex), not an amount. */
export const agoRule: NonFigureRule = {
  name: 'time-ago',
  applies: (c, { view }) => c.unit !== null && TIME_UNITS.has(c.unit) && formAt(view, c.end) === 'geleden',
};

/** "artikel 5", "lijn 12". */
export const referenceRule: NonFigureRule = {
  name: 'reference-number',
  applies: (c, { view }) => REFERENCE_WORDS.has(formAt(view, c.first - 1)),
};

/** A number inside a name: "Apollo 11", "Formule 1" when the mentions layer has the name whole. */
export const nameRule: NonFigureRule = {
  name: 'inside-name',
  applies: (c, { mentions }) => mentions.some((m) => m.firstToken <= c.first && c.end <= m.endToken),
};

/** "de twee presidenten", "beide drie": a reference to things already named, not a count. */
export const definiteReferenceRule: NonFigureRule = {
  name: 'definite-reference',
  applies: (c, { view }) => c.words && c.qualifier === null && c.high === null && c.value <= DEFINITE_REFERENCE_MAX && DEFINITE_WORDS.has(formAt(view, c.first - 1)),
};

/**
 * A number that counts nothing the text names: no noun, no unit, no qualifier, and no subject
 * that names a quantity ("één van de betogers", "er waren er zeven"; but "Het dodental is
 * opgelopen tot 920" stays). Too little to compare with other reports, so dropped.
 */
export const bareNumberRule: NonFigureRule = {
  name: 'bare-number',
  applies: (c, { noun, subjectQuantity }) => !c.age && noun === null && c.unit === null && c.qualifier === null && subjectQuantity === null,
};

/** The rules in the order they are tried; the first that applies names why a number was dropped. */
export const NON_FIGURE_RULES: readonly NonFigureRule[] = [nameRule, dateRule, clockRule, agoRule, yearRule, referenceRule, definiteReferenceRule, bareNumberRule];

/** The first rule that makes a candidate no figure, or null to keep it. */
export function nonFigureRule(candidate: FigureCandidate, context: FilterContext, rules = NON_FIGURE_RULES): NonFigureRule | null {
  return rules.find((rule) => rule.applies(candidate, context)) ?? null;
}
