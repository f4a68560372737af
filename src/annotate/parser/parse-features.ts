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
 * kind: "WW|pv", "N|soort", "VNW|pers"), which carry what UPOS leaves out. Index 0 is the root.
 */
export class ParseTokens {
  readonly word: Uint32Array;
  readonly tag: Uint32Array;
  readonly fine: Uint32Array;
  readonly suffix: Uint32Array;

  constructor(words: readonly string[], upos: readonly string[], xpos: readonly string[]) {
    const n = words.length + 1;
    this.word = new Uint32Array(n);
    this.tag = new Uint32Array(n);
    this.fine = new Uint32Array(n);
    this.suffix = new Uint32Array(n);
    this.word[0] = this.tag[0] = this.fine[0] = this.suffix[0] = ROOT_HASH;
    for (let i = 1; i < n; i++) {
      const lower = modelForm(words[i - 1]!).toLowerCase();
      this.word[i] = hashString(lower);
      this.tag[i] = hashString(upos[i - 1]!);
      this.fine[i] = hashString(coarseFineTag(xpos[i - 1]!, upos[i - 1]!));
      this.suffix[i] = hashString(lower.slice(-3));
    }
  }
}

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
  const w = (i: number): number => (i === NONE ? NONE_HASH : word[i]!);
  const t = (i: number): number => (i === NONE ? NONE_HASH : tag[i]!);
  const l = (i: number): number => (i === NONE ? -2 : c.labels[i]!);

  const s0 = c.top;
  const s1 = c.stackAt(1);
  const s2 = c.stackAt(2);
  const n0 = c.next;
  const n1 = c.bufferAt(1);
  const n2 = c.bufferAt(2);
  const s0h = s0 > 0 ? c.heads[s0]! : NONE;
  const s0h2 = s0h > 0 ? c.heads[s0h]! : NONE;
  const s0l = c.left1[s0]!;
  const s0l2 = c.left2[s0]!;
  const s0r = c.right1[s0]!;
  const s0r2 = c.right2[s0]!;
  const n0l = c.left1[n0]!;
  const n0l2 = c.left2[n0]!;

  const s0w = w(s0), s0t = t(s0), s0x = fine[s0]!;
  const n0w = w(n0), n0t = t(n0), n0x = fine[n0]!;
  const n1w = w(n1), n1t = t(n1), n2w = w(n2), n2t = t(n2);
  const s1t = t(s1);
  const d = s0 > 0 ? distanceBucket(n0 - s0) : 0;
  const s0vl = Math.min(c.leftCount[s0]!, 4), s0vr = Math.min(c.rightCount[s0]!, 4), n0vl = Math.min(c.leftCount[n0]!, 4);
  const s0sl = mix(c.leftLabels[s0 * 2]!, c.leftLabels[s0 * 2 + 1]!);
  const s0sr = mix(c.rightLabels[s0 * 2]!, c.rightLabels[s0 * 2 + 1]!);
  const n0sl = mix(c.leftLabels[n0 * 2]!, c.leftLabels[n0 * 2 + 1]!);

  let n = 0;
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = featureKey(T.S0w, s0w);
  out[n++] = featureKey(T.S0t, s0t);
  out[n++] = featureKey(T.S0wt, s0w, s0t);
  out[n++] = featureKey(T.S0x, s0x);
  out[n++] = featureKey(T.N0w, n0w);
  out[n++] = featureKey(T.N0t, n0t);
  out[n++] = featureKey(T.N0wt, n0w, n0t);
  out[n++] = featureKey(T.N0x, n0x);
  out[n++] = featureKey(T.N1w, n1w);
  out[n++] = featureKey(T.N1t, n1t);
  out[n++] = featureKey(T.N1wt, n1w, n1t);
  out[n++] = featureKey(T.N2w, n2w);
  out[n++] = featureKey(T.N2t, n2t);
  out[n++] = featureKey(T.N2wt, n2w, n2t);
  out[n++] = featureKey(T.S1w, w(s1));
  out[n++] = featureKey(T.S1t, s1t);
  out[n++] = featureKey(T.S1wt, w(s1), s1t);
  out[n++] = featureKey(T.S2t, t(s2));

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
  out[n++] = featureKey(T.S0htS0tN0t, t(s0h), s0t, n0t);
  out[n++] = featureKey(T.S0tS0ltN0t, s0t, t(s0l), n0t);
  out[n++] = featureKey(T.S0tS0rtN0t, s0t, t(s0r), n0t);
  out[n++] = featureKey(T.S0tN0tN0lt, s0t, n0t, t(n0l));
  out[n++] = featureKey(T.S1tS0tN0t, s1t, s0t, n0t);
  out[n++] = featureKey(T.S1tS0t, s1t, s0t);
  out[n++] = featureKey(T.S1wS0w, w(s1), s0w);
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

  out[n++] = featureKey(T.S0hw, w(s0h));
  out[n++] = featureKey(T.S0ht, t(s0h));
  out[n++] = featureKey(T.S0l, l(s0));
  out[n++] = featureKey(T.S0lw, w(s0l));
  out[n++] = featureKey(T.S0lt, t(s0l));
  out[n++] = featureKey(T.S0ll, l(s0l));
  out[n++] = featureKey(T.S0rw, w(s0r));
  out[n++] = featureKey(T.S0rt, t(s0r));
  out[n++] = featureKey(T.S0rl, l(s0r));
  out[n++] = featureKey(T.N0lw, w(n0l));
  out[n++] = featureKey(T.N0lt, t(n0l));
  out[n++] = featureKey(T.N0ll, l(n0l));

  out[n++] = featureKey(T.S0h2w, w(s0h2));
  out[n++] = featureKey(T.S0h2t, t(s0h2));
  out[n++] = featureKey(T.S0hl, l(s0h));
  out[n++] = featureKey(T.S0l2w, w(s0l2));
  out[n++] = featureKey(T.S0l2t, t(s0l2));
  out[n++] = featureKey(T.S0l2l, l(s0l2));
  out[n++] = featureKey(T.S0r2w, w(s0r2));
  out[n++] = featureKey(T.S0r2t, t(s0r2));
  out[n++] = featureKey(T.S0r2l, l(s0r2));
  out[n++] = featureKey(T.N0l2w, w(n0l2));
  out[n++] = featureKey(T.N0l2t, t(n0l2));
  out[n++] = featureKey(T.N0l2l, l(n0l2));
  out[n++] = featureKey(T.S0tS0ltS0l2t, s0t, t(s0l), t(s0l2));
  out[n++] = featureKey(T.S0tS0rtS0r2t, s0t, t(s0r), t(s0r2));
  out[n++] = featureKey(T.S0tS0htS0h2t, s0t, t(s0h), t(s0h2));
  out[n++] = featureKey(T.N0tN0ltN0l2t, n0t, t(n0l), t(n0l2));

  out[n++] = featureKey(T.S0wSr, s0w, s0sr);
  out[n++] = featureKey(T.S0tSr, s0t, s0sr);
  out[n++] = featureKey(T.S0wSl, s0w, s0sl);
  out[n++] = featureKey(T.S0tSl, s0t, s0sl);
  out[n++] = featureKey(T.N0wSl, n0w, n0sl);
  out[n++] = featureKey(T.N0tSl, n0t, n0sl);

  out[n++] = featureKey(T.S0suffix, suffix[s0]!, s0t);
  out[n++] = featureKey(T.N0suffix, suffix[n0]!, n0t);
  out[n++] = featureKey(T.S0suffixN0suffix, suffix[s0]!, suffix[n0]!);
  out[n++] = featureKey(T.S0lN0t, l(s0), n0t);
  out[n++] = featureKey(T.S0rlN0t, l(s0r), s0t, n0t);
  out[n++] = featureKey(T.S0hasHeadN0t, s0 > 0 && c.heads[s0]! >= 0 ? 1 : 0, s0t, n0t);
  return n;
}
