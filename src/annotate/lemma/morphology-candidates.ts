import type { Lexicon } from '../lexicon/lexicon.ts';
import { closedSyllableSpellings, infinitivesOfStem } from './dutch-spelling.ts';
import { removeGe, SEPARABLE_PARTICLES } from './edit-script.ts';
import { IRREGULAR_PARTICIPLE_STEMS, IRREGULAR_VERB_FORMS } from './irregular-verbs.ts';

/** A lemma proposed by a rule of Dutch inflection, named so the classifier can weigh the rule. */
export interface MorphologyCandidate {
  readonly lemma: string;
  readonly rules: readonly MorphologyRule[];
}

/** Every rule name, in a fixed order: the model stores weights by these names. */
export const MORPHOLOGY_RULES = [
  'verb-stem', 'verb-present-t', 'verb-past-weak', 'participle-weak', 'participle-strong', 'participle-inflected',
  'present-participle', 'noun-plural-en', 'noun-plural-s', 'noun-plural-eren', 'diminutive', 'adjective-e',
  'comparative', 'superlative', 'partitive-s', 'lexicon-base', 'lexicon-stem', 'irregular-verb',
] as const;
export type MorphologyRule = (typeof MORPHOLOGY_RULES)[number];

/** Lexicon tags of verb forms whose base is the verb's stem (werkt, werkte, werkten <- werk). */
const STEM_TAGS = new Set(['verb-present-third', 'verb-past-singular', 'verb-past-plural']);

/** Prefixes of Dutch verbs that take no `ge` in the participle (bezocht, vergeten, ontmoet). */
const UNSTRESSED_PREFIX = /^(?:be|ge|ver|ont|her|er)/u;
const UNSTRESSED_PREFIXES = new Set(['be', 'ge', 'ver', 'ont', 'her', 'er']);
const VERB_PREFIXES = new Set([...SEPARABLE_PARTICLES, ...UNSTRESSED_PREFIXES, 'mis', 'aaneen', 'bijeen', 'samen', 'tegen']);
/** A prefix that is a word of its own makes a compound verb (streek-gebonden); short ones are noise. */
const MIN_WORD_PREFIX = 3;
const DIMINUTIVE = /(?:etje|etjes|tje|tjes|pje|pjes|kje|kjes|je|jes)$/u;

type Emit = (lemma: string, rule: MorphologyRule) => void;

/** Stems of a participle without its ending: with the `ge` removed, and as it stands. */
function participleStems(body: string): string[] {
  const stems = [removeGe(body, 'particle'), removeGe(body, 'initial')].filter((stem): stem is string => stem !== undefined);
  if (stems.length === 0 || UNSTRESSED_PREFIX.test(body)) stems.push(body);
  return stems;
}

function verbRules(lower: string, emit: Emit): void {
  for (const infinitive of infinitivesOfStem(lower)) emit(infinitive, 'verb-stem');
  if (/[^aeiou]t$/u.test(lower) || /dt$/u.test(lower)) for (const infinitive of infinitivesOfStem(lower.slice(0, -1))) emit(infinitive, 'verb-present-t');
  const past = /^(.+?)(?:de|te|den|ten)$/u.exec(lower);
  if (past) for (const infinitive of infinitivesOfStem(past[1]!)) emit(infinitive, 'verb-past-weak');
  const weak = /^(.+)[dt]$/u.exec(lower);
  if (weak) for (const stem of participleStems(weak[1]!)) for (const infinitive of infinitivesOfStem(stem)) emit(infinitive, 'participle-weak');
  const strong = /^(.+)en$/u.exec(lower);
  if (strong) for (const stem of participleStems(strong[1]!)) if (stem !== strong[1]) emit(`${stem}en`, 'participle-strong');
  const inflected = /^(.+(?:[dt]|en))e$/u.exec(lower);
  if (inflected) {
    const participle = inflected[1]!;
    for (const stem of participleStems(participle.replace(/(?:[dt]|en)$/u, ''))) {
      if (participle.endsWith('en')) emit(`${stem}en`, 'participle-inflected');
      else for (const infinitive of infinitivesOfStem(stem)) emit(infinitive, 'participle-inflected');
    }
  }
  const present = /^(.+en)de?$/u.exec(lower);
  if (present) emit(present[1]!, 'present-participle');
}

/**
 * Strong and irregular verbs (irregular-verbs.ts), also behind a prefix: `verslond` ->
 * `verslinden`, `ingekrompen` -> `inkrimpen`, `bewezen` -> `bewijzen`, `streekgebonden` ->
 * `streekbinden`. A prefix must be a particle, an unstressed prefix or a word of the lexicon.
 */
function irregularRules(lower: string, lexicon: Lexicon | undefined, emit: Emit): void {
  for (let at = 0; at < lower.length - 1; at++) {
    const prefix = lower.slice(0, at);
    const rest = lower.slice(at);
    const whole = IRREGULAR_VERB_FORMS.get(rest);
    const unstressed = UNSTRESSED_PREFIXES.has(prefix) ? IRREGULAR_PARTICIPLE_STEMS.get(rest) : undefined;
    const infinitive = whole ?? unstressed;
    if (infinitive === undefined) continue;
    if (prefix === '' || VERB_PREFIXES.has(prefix) || (prefix.length >= MIN_WORD_PREFIX && lexicon?.has(prefix))) emit(prefix + infinitive, 'irregular-verb');
  }
}

function nounRules(lower: string, emit: Emit): void {
  const en = /^(.+?)(?:en|ën)$/u.exec(lower);
  if (en) for (const stem of closedSyllableSpellings(en[1]!)) emit(stem, 'noun-plural-en');
  if (/[^s]'?s$/u.test(lower)) emit(lower.replace(/'?s$/u, ''), 'noun-plural-s');
  const eren = /^(.+)eren$/u.exec(lower);
  if (eren) emit(eren[1]!, 'noun-plural-eren');
  const diminutive = DIMINUTIVE.exec(lower);
  if (diminutive && diminutive.index > 1) {
    const stem = lower.slice(0, diminutive.index);
    for (const spelling of closedSyllableSpellings(stem)) emit(spelling, 'diminutive');
    if (diminutive[0].startsWith('k')) emit(`${stem}g`, 'diminutive'); // koninkje -> koning
    if (diminutive[0].startsWith('p')) emit(stem, 'diminutive'); // boompje -> boom
  }
}

function adjectiveRules(lower: string, emit: Emit): void {
  const e = /^(.+)e$/u.exec(lower);
  if (e) for (const stem of closedSyllableSpellings(e[1]!)) emit(stem, 'adjective-e');
  const comparative = /^(.+?)d?(?:er|ere|ers)$/u.exec(lower);
  if (comparative) for (const stem of closedSyllableSpellings(comparative[1]!)) emit(stem, 'comparative');
  const superlative = /^(.+?)(?:st|ste|sten)$/u.exec(lower);
  if (superlative) for (const stem of [superlative[1]!, `${superlative[1]!}s`]) emit(stem, 'superlative');
  if (lower.endsWith('s') && lower.length > 3) emit(lower.slice(0, -1), 'partitive-s');
}

/** Open word classes, whose forms inflect. Every class's rules run for each of them. */
const INFLECTING = new Set(['NOUN', 'VERB', 'AUX', 'ADJ', 'PROPN', 'X']);

/**
 * Lemmas the rules of Dutch inflection propose for a lower-cased word: the lexicon's own base
 * forms for it (and the infinitives of verb stems it derives from), and the rules for verbs,
 * nouns and adjectives. Many proposals are wrong; the classifier weighs each by its rule, the
 * word's UPOS and whether the lexicon knows the result.
 */
export function morphologyCandidates(lower: string, upos: string, lexicon: Lexicon | undefined): MorphologyCandidate[] {
  if (!INFLECTING.has(upos)) return [];
  const found = new Map<string, Set<MorphologyRule>>();
  const emit: Emit = (lemma, rule) => {
    if (lemma.length <= 1 || lemma === lower) return;
    const rules = found.get(lemma);
    if (rules) rules.add(rule);
    else found.set(lemma, new Set([rule]));
  };
  for (const analysis of lexicon?.lookup(lower)?.analyses ?? []) {
    if (analysis.base === lower) continue;
    if (STEM_TAGS.has(analysis.tag)) for (const infinitive of infinitivesOfStem(analysis.base)) emit(infinitive, 'lexicon-stem');
    else emit(analysis.base, 'lexicon-base');
  }
  verbRules(lower, emit);
  irregularRules(lower, lexicon, emit);
  nounRules(lower, emit);
  adjectiveRules(lower, emit);
  return [...found].map(([lemma, rules]) => ({ lemma, rules: [...rules] }));
}
