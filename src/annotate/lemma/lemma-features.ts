import type { Lexicon, LexiconEntry } from '../lexicon/lexicon.ts';

/** Longest suffix and prefix used as features: Dutch inflection lives in the last few letters. */
const MAX_SUFFIX = 6;
const MAX_PREFIX = 4;
/** Word lengths are bucketed: short words (ben, was) are often irregular. */
const SHORT_WORD = 4;
const LONG_WORD = 10;

/** CGN tags (`WW|vd|vrij|zonder`): the first two fields say most (verb, participle). */
function xposHead(xpos: string): string {
  const fields = xpos.split('|');
  return fields.length > 1 ? `${fields[0]}|${fields[1]}` : xpos;
}

/**
 * Features of a word for choosing its edit script: suffixes and prefixes of the lower-cased
 * form, alone and with the UPOS (and the CGN tag when there is one), its shape, and what the
 * lexicon says of it (`entry`; `lx=noun-plural`: the dictionary knows `huizen` as a plural).
 */
export function wordFeatures(lower: string, original: string, upos: string, xpos: string, entry: LexiconEntry | undefined): string[] {
  const features = ['b', `u=${upos}`];
  const length = lower.length;
  for (let k = 1; k <= MAX_SUFFIX && k <= length; k++) {
    const suffix = lower.slice(length - k);
    features.push(`s${k}=${suffix}`);
    if (k <= MAX_SUFFIX - 1) features.push(`us${k}=${upos}|${suffix}`);
  }
  for (let k = 2; k <= MAX_PREFIX && k < length; k++) features.push(`p${k}=${lower.slice(0, k)}`, `up${k}=${upos}|${lower.slice(0, k)}`);
  if (xpos !== '_' && xpos !== '') {
    const head = xposHead(xpos);
    features.push(`x=${xpos}`, `xh=${head}`);
    for (let k = 1; k <= 3 && k <= length; k++) features.push(`xs${k}=${head}|${lower.slice(length - k)}`);
  }
  features.push(length <= SHORT_WORD ? 'len=short' : length >= LONG_WORD ? 'len=long' : 'len=mid');
  if (original !== lower) features.push(original === original.toUpperCase() ? 'caps' : 'cap');
  if (lower.includes('-')) features.push('hyphen');
  if (/\d/u.test(lower)) features.push('digit');
  if (!entry) features.push('lx=none', `ulx=${upos}|none`);
  else {
    for (const analysis of entry.analyses) features.push(`lx=${analysis.tag}`, `ulx=${upos}|${analysis.tag}`);
    if (entry.onlyCapitalised) features.push('lx=capitalised');
  }
  return features;
}

/** Buckets of how many training word types made a candidate's edit script: 0 is a rule alone. */
const SUPPORT_BUCKETS = [0, 1, 2, 4, 10, 30];

function supportBucket(support: number): number {
  let bucket = 0;
  for (const limit of SUPPORT_BUCKETS) if (support >= limit) bucket = limit;
  return bucket;
}

/** What the lemmatiser knows about candidate lemmas beyond the lexicon: its training lemmas. */
export interface CandidateContext {
  readonly lexicon: Lexicon | undefined;
  /** Whether training saw this lemma with this UPOS (in training itself: for another word form). */
  readonly isTrainingLemma: (lemma: string, upos: string) => boolean;
}

/**
 * Candidate feature names, made once per (name, value, UPOS): a word has dozens of candidates,
 * and a string built anew for each would be hashed anew in every weight lookup.
 */
const featureNames = new Map<string, Map<string | number, Map<string, string>>>();

function featureName(name: string, value: string | number, upos: string): string {
  let byValue = featureNames.get(name);
  if (!byValue) featureNames.set(name, (byValue = new Map()));
  let byUpos = byValue.get(value);
  if (!byUpos) byValue.set(value, (byUpos = new Map()));
  let feature = byUpos.get(upos);
  if (feature === undefined) byUpos.set(upos, (feature = `${name}=${value}|${upos}`));
  return feature;
}

/**
 * Features of one candidate lemma: whether the lexicon knows it and as what (with the word's
 * UPOS: a NOUN's lemma should be a noun entry, a VERB's an infinitive), whether it is a base
 * the lexicon derives the form from (`huizen` -> `huis`), whether training saw it as a lemma,
 * and how many training words its edit script lemmatised. `formEntry` is the word's own entry.
 */
export function candidateFeatures(candidate: string, formEntry: LexiconEntry | undefined, upos: string, context: CandidateContext, identity: boolean, support: number): string[] {
  const features: string[] = [featureName('sup', supportBucket(support), upos)];
  const entry = context.lexicon?.lookup(candidate);
  if (!entry) features.push(featureName('cl', 'none', upos));
  else {
    let base = false;
    for (const analysis of entry.analyses) {
      if (analysis.base !== candidate) continue;
      base = true;
      features.push(featureName('cl', analysis.tag, upos));
    }
    // Known only as an inflected form (geloofden): rarely a lemma.
    if (!base) features.push(featureName('cl', 'inflected', upos));
  }
  if (formEntry) {
    for (const analysis of formEntry.analyses) {
      if (analysis.base !== formEntry.form && analysis.base === candidate) features.push(featureName('cb', analysis.tag, upos));
    }
  }
  features.push(featureName('ct', context.isTrainingLemma(candidate, upos) ? 'yes' : 'none', upos));
  if (identity) features.push(featureName('cid', 'yes', upos));
  return features;
}
