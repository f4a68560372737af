import { featureKey, hashString, mix } from '../linear/hashing.ts';
import { modelForm } from '../model-form.ts';
import { NONE, type Configuration } from './configuration.ts';

/** Room for the features of one parser state; more than the templates below make. */
export const MAX_PARSE_FEATURES = 128;

const ROOT_HASH = hashString('<root>');
const NONE_HASH = hashString('<none>');

/**
 * The words of a sentence as parser features see them, hashed once: lower-cased form,
 * universal tag, and the first two fields of the fine tag (verb form, noun number, pronoun
 * kind: "WW|pv", "N|soort", "VNW|pers"), which carry what UPOS leaves out. Word i (1-based) is
 * at index i + 1; index 0 stands for no word (NONE) and index n + 2 for the root (n + 1).
 */
export class ParseTokens {
  readonly word: Uint32Array;
  readonly tag: Uint32Array;
  readonly fine: Uint32Array;
  readonly suffix: Uint32Array;
  /** The whole fine tag ("WW|pv|tgw|met-t"), where the two fields above are not enough. */
  readonly fullFine: Uint32Array;
  /** How many punctuation marks and finite verbs come before word i (at index i): what lies
   * between two words tells whether they are in one clause. */
  readonly punctBefore: Int32Array;
  readonly finiteBefore: Int32Array;
  /** Lemmas, lower-cased (the word where none is given): "heeft", "had" and "hebben" alike. */
  readonly lemma: Uint32Array;
  /** The keys of features made of one word's parts only, by template and word index (as the
   * arrays above): a word is at the top of the stack or the front of the buffer in several
   * states, and its keys are made once (wordFeature). 0: not made yet. */
  readonly wordKeys: Uint32Array;
  /** Words plus the no-word and root entries: the stride of `wordKeys`. */
  readonly size: number;

  constructor(words: readonly string[], upos: readonly string[], xpos: readonly string[], lemmas?: readonly string[]) {
    const n = words.length;
    this.size = n + 3;
    this.wordKeys = new Uint32Array(TEMPLATES * this.size);
    this.lemma = new Uint32Array(n + 3);
    this.fullFine = new Uint32Array(n + 3);
    this.punctBefore = new Int32Array(n + 2);
    this.finiteBefore = new Int32Array(n + 2);
    this.word = new Uint32Array(n + 3);
    this.tag = new Uint32Array(n + 3);
    this.fine = new Uint32Array(n + 3);
    this.suffix = new Uint32Array(n + 3);
    this.word[0] = this.tag[0] = this.fine[0] = this.suffix[0] = NONE_HASH;
    this.word[n + 2] = this.tag[n + 2] = this.fine[n + 2] = this.suffix[n + 2] = ROOT_HASH;
    for (let i = 0; i < n; i++) {
      const lower = modelForm(words[i]!).toLowerCase();
      this.word[i + 2] = hashString(lower);
      this.tag[i + 2] = hashString(upos[i]!);
      this.fine[i + 2] = hashString(coarseFineTag(xpos[i]!, upos[i]!));
      this.suffix[i + 2] = hashString(lower.slice(-3));
      this.fullFine[i + 2] = hashString(xpos[i] === '_' ? upos[i]! : xpos[i]!);
      const lemma = lemmas?.[i];
      this.lemma[i + 2] = lemma === undefined || lemma === '_' ? this.word[i + 2]! : hashString(lemma.toLowerCase().replaceAll('_', ''));
      this.punctBefore[i + 2] = this.punctBefore[i + 1]! + (upos[i] === 'PUNCT' ? 1 : 0);
      this.finiteBefore[i + 2] = this.finiteBefore[i + 1]! + (xpos[i]!.startsWith(FINITE_VERB) ? 1 : 0);
    }
    this.fullFine[0] = this.lemma[0] = NONE_HASH;
    this.fullFine[n + 2] = this.lemma[n + 2] = ROOT_HASH;
  }

  /** Punctuation marks and finite verbs strictly between words a < b (1-based), capped at 2. */
  between(a: number, b: number): number {
    if (a < 1 || b <= a + 1) return 0;
    const marks = Math.min(this.punctBefore[b]! - this.punctBefore[a + 1]!, 2);
    const finite = Math.min(this.finiteBefore[b]! - this.finiteBefore[a + 1]!, 2);
    return marks * 3 + finite + 1;
  }
}

/** CGN's finite verbs: "WW|pv|...". */
const FINITE_VERB = 'WW|pv';

/** "WW|pv|tgw|ev" -> "WW|pv"; the universal tag where the fine tag is unknown. */
export function coarseFineTag(xpos: string, upos: string): string {
  if (xpos === '_' || xpos === '') return upos;
  const first = xpos.indexOf('|');
  if (first < 0) return xpos;
  const second = xpos.indexOf('|', first + 1);
  return second < 0 ? xpos : xpos.slice(0, second);
}

const enum T {
  Bias,
  S0w, S0t, S0wt, S0x, N0w, N0t, N0wt, N0x, N1w, N1t, N1wt, N2w, N2t, N2wt, S1w, S1t, S1wt, S2t,
  S0wtN0wt, S0wtN0w, S0wN0wt, S0wtN0t, S0tN0wt, S0wN0w, S0tN0t, N0tN1t, S0xN0x, S0xN0t, S0tN0x, N0xN1t,
  N0tN1tN2t, S0tN0tN1t, S0htS0tN0t, S0tS0ltN0t, S0tS0rtN0t, S0tN0tN0lt, S1tS0tN0t, S1tS0t, S1wS0w, S1tS0tN0x,
  S0wD, S0tD, N0wD, N0tD, S0wN0wD, S0tN0tD, S0xN0xD,
  S0wVr, S0tVr, S0wVl, S0tVl, N0wVl, N0tVl,
  S0hw, S0ht, S0l, S0lw, S0lt, S0ll, S0rw, S0rt, S0rl, N0lw, N0lt, N0ll,
  S0h2w, S0h2t, S0hl, S0l2w, S0l2t, S0l2l, S0r2w, S0r2t, S0r2l, N0l2w, N0l2t, N0l2l,
  S0tS0ltS0l2t, S0tS0rtS0r2t, S0tS0htS0h2t, N0tN0ltN0l2t,
  S0wSr, S0tSr, S0wSl, S0tSl, N0wSl, N0tSl,
  S0suffix, N0suffix, S0suffixN0suffix, S0lN0t, S0rlN0t, S0hasHeadN0t,
  S0f, N0f, S0fN0f, S1fS0f, N0fN1t, BetweenS0tN0t, BetweenS0N0D, BetweenS0wN0t,
  S0m, N0m, N1m, S0mN0m, S0mN0t, S0tN0m, S0hm, N0lm,
}

/** Number of templates. */
const TEMPLATES = T.N0lm + 1;

/**
 * featureKey(template, a, b) of a feature whose parts `a` and `b` are those of the word at
 * index `at` of the token arrays alone, made once per sentence (ParseTokens.wordKeys). A key
 * that happens to be 0 is made again each time: the same key either way.
 */
function wordFeature(tokens: ParseTokens, template: T, at: number, a: number, b = 0): number {
  const slot = template * tokens.size + at;
  const known = tokens.wordKeys[slot]!;
  if (known !== 0) return known;
  return (tokens.wordKeys[slot] = featureKey(template, a, b));
}

/** The relation of word i to its head, -1 before it has one, -2 for no word. */
function labelOf(c: Configuration, i: number): number {
  return i === NONE ? -2 : c.labels[i]!;
}

/** `array[i]`, or NONE for no word. */
function orNone(array: Int32Array, i: number): number {
  return i === NONE ? NONE : array[i]!;
}

/** Distances 1, 2, 3, 4, 5-6, 7-10, 11 and more: the usual buckets. */
function distanceBucket(distance: number): number {
  return distance <= 4 ? distance : distance <= 6 ? 5 : distance <= 10 ? 6 : 7;
}

/**
 * Features of a parser state, after Zhang and Nivre (2011): words, tags and fine tags at the
 * top of the stack and the front of the buffer with their pairs and triples, the distance
 * between them, their valencies, the words, tags and relations of their heads and outermost
 * dependents, and the sets of relations their dependents already have.
 */
export function parseFeatures(c: Configuration, tokens: ParseTokens, out: Uint32Array): number {
  const { word, tag, fine, suffix } = tokens;
  // Word i's hashes are at i + 1, so NONE (-1) reads the no-word hash at 0. (Plain array reads,
  // not closures: this runs twice per word parsed.)

  const s0 = c.top;
  const s1 = c.stackAt(1);
  const s2 = c.stackAt(2);
  const n0 = c.next;
  const n1 = c.bufferAt(1);
  const n2 = c.bufferAt(2);
  const s0h = orNone(c.heads, s0);
  const s0h2 = orNone(c.heads, s0h);
  const s0l = orNone(c.left1, s0);
  const s0l2 = orNone(c.left2, s0);
  const s0r = orNone(c.right1, s0);
  const s0r2 = orNone(c.right2, s0);
  const n0l = c.left1[n0]!;
  const n0l2 = c.left2[n0]!;

  const s0w = word[s0 + 1]!, s0t = tag[s0 + 1]!, s0x = fine[s0 + 1]!;
  const n0w = word[n0 + 1]!, n0t = tag[n0 + 1]!, n0x = fine[n0 + 1]!;
  const n1w = word[n1 + 1]!, n1t = tag[n1 + 1]!, n2w = word[n2 + 1]!, n2t = tag[n2 + 1]!;
  const s1t = tag[s1 + 1]!;
  const d = s0 === NONE ? 0 : distanceBucket(n0 - s0);
  const s0vl = s0 === NONE ? 0 : Math.min(c.leftCount[s0]!, 4);
  const s0vr = s0 === NONE ? 0 : Math.min(c.rightCount[s0]!, 4);
  const n0vl = Math.min(c.leftCount[n0]!, 4);
  const s0sl = s0 === NONE ? 0 : mix(c.leftLabels[s0 * 2]!, c.leftLabels[s0 * 2 + 1]!);
  const s0sr = s0 === NONE ? 0 : mix(c.rightLabels[s0 * 2]!, c.rightLabels[s0 * 2 + 1]!);
  const n0sl = mix(c.leftLabels[n0 * 2]!, c.leftLabels[n0 * 2 + 1]!);

  let n = 0;
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = wordFeature(tokens, T.S0w, s0 + 1, s0w);
  out[n++] = wordFeature(tokens, T.S0t, s0 + 1, s0t);
  out[n++] = wordFeature(tokens, T.S0wt, s0 + 1, s0w, s0t);
  out[n++] = wordFeature(tokens, T.S0x, s0 + 1, s0x);
  out[n++] = wordFeature(tokens, T.N0w, n0 + 1, n0w);
  out[n++] = wordFeature(tokens, T.N0t, n0 + 1, n0t);
  out[n++] = wordFeature(tokens, T.N0wt, n0 + 1, n0w, n0t);
  out[n++] = wordFeature(tokens, T.N0x, n0 + 1, n0x);
  out[n++] = wordFeature(tokens, T.N1w, n1 + 1, n1w);
  out[n++] = wordFeature(tokens, T.N1t, n1 + 1, n1t);
  out[n++] = wordFeature(tokens, T.N1wt, n1 + 1, n1w, n1t);
  out[n++] = wordFeature(tokens, T.N2w, n2 + 1, n2w);
  out[n++] = wordFeature(tokens, T.N2t, n2 + 1, n2t);
  out[n++] = wordFeature(tokens, T.N2wt, n2 + 1, n2w, n2t);
  out[n++] = wordFeature(tokens, T.S1w, s1 + 1, word[s1 + 1]!);
  out[n++] = wordFeature(tokens, T.S1t, s1 + 1, s1t);
  out[n++] = wordFeature(tokens, T.S1wt, s1 + 1, word[s1 + 1]!, s1t);
  out[n++] = wordFeature(tokens, T.S2t, s2 + 1, tag[s2 + 1]!);

  out[n++] = featureKey(T.S0wtN0wt, mix(s0w, s0t), n0w, n0t);
  out[n++] = featureKey(T.S0wtN0w, s0w, s0t, n0w);
  out[n++] = featureKey(T.S0wN0wt, s0w, n0w, n0t);
  out[n++] = featureKey(T.S0wtN0t, s0w, s0t, n0t);
  out[n++] = featureKey(T.S0tN0wt, s0t, n0w, n0t);
  out[n++] = featureKey(T.S0wN0w, s0w, n0w);
  out[n++] = featureKey(T.S0tN0t, s0t, n0t);
  out[n++] = featureKey(T.N0tN1t, n0t, n1t);
  out[n++] = featureKey(T.S0xN0x, s0x, n0x);
  out[n++] = featureKey(T.S0xN0t, s0x, n0t);
  out[n++] = featureKey(T.S0tN0x, s0t, n0x);
  out[n++] = featureKey(T.N0xN1t, n0x, n1t);

  out[n++] = featureKey(T.N0tN1tN2t, n0t, n1t, n2t);
  out[n++] = featureKey(T.S0tN0tN1t, s0t, n0t, n1t);
  out[n++] = featureKey(T.S0htS0tN0t, tag[s0h + 1]!, s0t, n0t);
  out[n++] = featureKey(T.S0tS0ltN0t, s0t, tag[s0l + 1]!, n0t);
  out[n++] = featureKey(T.S0tS0rtN0t, s0t, tag[s0r + 1]!, n0t);
  out[n++] = featureKey(T.S0tN0tN0lt, s0t, n0t, tag[n0l + 1]!);
  out[n++] = featureKey(T.S1tS0tN0t, s1t, s0t, n0t);
  out[n++] = featureKey(T.S1tS0t, s1t, s0t);
  out[n++] = featureKey(T.S1wS0w, word[s1 + 1]!, s0w);
  out[n++] = featureKey(T.S1tS0tN0x, s1t, s0x, n0x);

  out[n++] = featureKey(T.S0wD, s0w, d);
  out[n++] = featureKey(T.S0tD, s0t, d);
  out[n++] = featureKey(T.N0wD, n0w, d);
  out[n++] = featureKey(T.N0tD, n0t, d);
  out[n++] = featureKey(T.S0wN0wD, s0w, n0w, d);
  out[n++] = featureKey(T.S0tN0tD, s0t, n0t, d);
  out[n++] = featureKey(T.S0xN0xD, s0x, n0x, d);

  out[n++] = featureKey(T.S0wVr, s0w, s0vr);
  out[n++] = featureKey(T.S0tVr, s0t, s0vr);
  out[n++] = featureKey(T.S0wVl, s0w, s0vl);
  out[n++] = featureKey(T.S0tVl, s0t, s0vl);
  out[n++] = featureKey(T.N0wVl, n0w, n0vl);
  out[n++] = featureKey(T.N0tVl, n0t, n0vl);

  out[n++] = wordFeature(tokens, T.S0hw, s0h + 1, word[s0h + 1]!);
  out[n++] = wordFeature(tokens, T.S0ht, s0h + 1, tag[s0h + 1]!);
  out[n++] = featureKey(T.S0l, labelOf(c, s0));
  out[n++] = wordFeature(tokens, T.S0lw, s0l + 1, word[s0l + 1]!);
  out[n++] = wordFeature(tokens, T.S0lt, s0l + 1, tag[s0l + 1]!);
  out[n++] = featureKey(T.S0ll, labelOf(c, s0l));
  out[n++] = wordFeature(tokens, T.S0rw, s0r + 1, word[s0r + 1]!);
  out[n++] = wordFeature(tokens, T.S0rt, s0r + 1, tag[s0r + 1]!);
  out[n++] = featureKey(T.S0rl, labelOf(c, s0r));
  out[n++] = wordFeature(tokens, T.N0lw, n0l + 1, word[n0l + 1]!);
  out[n++] = wordFeature(tokens, T.N0lt, n0l + 1, tag[n0l + 1]!);
  out[n++] = featureKey(T.N0ll, labelOf(c, n0l));

  out[n++] = wordFeature(tokens, T.S0h2w, s0h2 + 1, word[s0h2 + 1]!);
  out[n++] = wordFeature(tokens, T.S0h2t, s0h2 + 1, tag[s0h2 + 1]!);
  out[n++] = featureKey(T.S0hl, labelOf(c, s0h));
  out[n++] = wordFeature(tokens, T.S0l2w, s0l2 + 1, word[s0l2 + 1]!);
  out[n++] = wordFeature(tokens, T.S0l2t, s0l2 + 1, tag[s0l2 + 1]!);
  out[n++] = featureKey(T.S0l2l, labelOf(c, s0l2));
  out[n++] = wordFeature(tokens, T.S0r2w, s0r2 + 1, word[s0r2 + 1]!);
  out[n++] = wordFeature(tokens, T.S0r2t, s0r2 + 1, tag[s0r2 + 1]!);
  out[n++] = featureKey(T.S0r2l, labelOf(c, s0r2));
  out[n++] = wordFeature(tokens, T.N0l2w, n0l2 + 1, word[n0l2 + 1]!);
  out[n++] = wordFeature(tokens, T.N0l2t, n0l2 + 1, tag[n0l2 + 1]!);
  out[n++] = featureKey(T.N0l2l, labelOf(c, n0l2));
  out[n++] = featureKey(T.S0tS0ltS0l2t, s0t, tag[s0l + 1]!, tag[s0l2 + 1]!);
  out[n++] = featureKey(T.S0tS0rtS0r2t, s0t, tag[s0r + 1]!, tag[s0r2 + 1]!);
  out[n++] = featureKey(T.S0tS0htS0h2t, s0t, tag[s0h + 1]!, tag[s0h2 + 1]!);
  out[n++] = featureKey(T.N0tN0ltN0l2t, n0t, tag[n0l + 1]!, tag[n0l2 + 1]!);

  out[n++] = featureKey(T.S0wSr, s0w, s0sr);
  out[n++] = featureKey(T.S0tSr, s0t, s0sr);
  out[n++] = featureKey(T.S0wSl, s0w, s0sl);
  out[n++] = featureKey(T.S0tSl, s0t, s0sl);
  out[n++] = featureKey(T.N0wSl, n0w, n0sl);
  out[n++] = featureKey(T.N0tSl, n0t, n0sl);

  out[n++] = wordFeature(tokens, T.S0suffix, s0 + 1, suffix[s0 + 1]!, s0t);
  out[n++] = wordFeature(tokens, T.N0suffix, n0 + 1, suffix[n0 + 1]!, n0t);
  out[n++] = featureKey(T.S0suffixN0suffix, suffix[s0 + 1]!, suffix[n0 + 1]!);
  out[n++] = featureKey(T.S0lN0t, labelOf(c, s0), n0t);
  out[n++] = featureKey(T.S0rlN0t, labelOf(c, s0r), s0t, n0t);
  out[n++] = featureKey(T.S0hasHeadN0t, s0h >= 0 ? 1 : 0, s0t, n0t);

  const { fullFine } = tokens;
  const s0f = fullFine[s0 + 1]!, n0f = fullFine[n0 + 1]!;
  const between = s0 === NONE ? 0 : tokens.between(s0, n0);
  out[n++] = wordFeature(tokens, T.S0f, s0 + 1, s0f);
  out[n++] = wordFeature(tokens, T.N0f, n0 + 1, n0f);
  out[n++] = featureKey(T.S0fN0f, s0f, n0f);
  out[n++] = featureKey(T.S1fS0f, fullFine[s1 + 1]!, s0f);
  out[n++] = featureKey(T.N0fN1t, n0f, n1t);
  out[n++] = featureKey(T.BetweenS0tN0t, between, s0t, n0t);
  out[n++] = featureKey(T.BetweenS0N0D, between, d);
  out[n++] = featureKey(T.BetweenS0wN0t, between, s0w, n0t);

  const { lemma } = tokens;
  const s0m = lemma[s0 + 1]!, n0m = lemma[n0 + 1]!;
  out[n++] = wordFeature(tokens, T.S0m, s0 + 1, s0m);
  out[n++] = wordFeature(tokens, T.N0m, n0 + 1, n0m);
  out[n++] = wordFeature(tokens, T.N1m, n1 + 1, lemma[n1 + 1]!);
  out[n++] = featureKey(T.S0mN0m, s0m, n0m);
  out[n++] = featureKey(T.S0mN0t, s0m, n0t);
  out[n++] = featureKey(T.S0tN0m, s0t, n0m);
  out[n++] = wordFeature(tokens, T.S0hm, s0h + 1, lemma[s0h + 1]!);
  out[n++] = wordFeature(tokens, T.N0lm, n0l + 1, lemma[n0l + 1]!);
  return n;
}
