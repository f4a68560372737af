import { featureKey, hashString } from '../linear/hashing.ts';
import { WordHashes } from '../linear/word-hashes.ts';

/** Room for the features of one word; more than any template list below makes. */
export const MAX_TAG_FEATURES = 64;

/** Tag numbers of the words left of the first, as features see them. */
export const NO_TAG = -1;

/** Words looked at for a participle to the right: a finite verb with a participle later in its
 * clause is an auxiliary, which a left-to-right tagger cannot see through tags. */
const LOOK_AHEAD = 8;
const PARTICIPLE = /^(?:ge|be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$/u;
const CLAUSE_END = /^[.,;:!?]$/;

/** Per sentence: whether a participle follows word i within its clause. */
export function participlesAhead(words: WordHashes): Uint8Array {
  const forms = words.lowerForms;
  const participle = forms.map((form) => PARTICIPLE.test(form));
  const clauseEnd = forms.map((form) => CLAUSE_END.test(form));
  const ahead = new Uint8Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < Math.min(forms.length, i + 1 + LOOK_AHEAD); j++) {
      if (clauseEnd[j]) break;
      if (participle[j]) {
        ahead[i] = 1;
        break;
      }
    }
  }
  return ahead;
}

/** Feature templates, numbered so a key never depends on the order features are written in. */
const enum T {
  Bias, Lower, Form, Suffix, Prefix, Shape, ShapeFirst, Tail,
  Prev, Prev2, Next, Next2, PrevSuffix3, NextSuffix3, NextSuffix2Next2Suffix2,
  Tag1, Tag12, Tag1Lower, PrevLower, LowerNext, Tag1Next, PrevNext, Tag1Suffix3,
  NextShape, Ahead, AheadLower, Hyphen, CapitalInside,
  NextContent, NextContentClasses, Classes, PrevClasses, NextClasses, ClassesShape, ClassesSuffix2, ClassesTag1, ClassesNextClasses,
  Upos, UposClasses, UposLower, UposSuffix, UposNext, UposPrev, Xpos1Upos, UposNextUpos, UposShape,
}

const HYPHEN = hashString('-');

/**
 * Features of word `i` for its universal part of speech: the word and its affixes (they carry
 * over to words never seen in training), its shape, its neighbours and their affixes, and the
 * two tags already chosen to its left. Writes keys into `out`, returns how many.
 */
export function uposFeatures(w: WordHashes, ahead: Uint8Array, i: number, tag1: number, tag2: number, out: Uint32Array): number {
  let n = 0;
  const lower = w.lower[i]!;
  const prev = w.lowerAt(i - 1);
  const next = w.lowerAt(i + 1);
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = featureKey(T.Lower, lower);
  out[n++] = featureKey(T.Form, w.form[i]!);
  for (let k = 1; k <= 5; k++) out[n++] = featureKey(T.Suffix, k, w.suffixAt(i, k));
  for (let k = 1; k <= 3; k++) out[n++] = featureKey(T.Prefix, k, w.prefixAt(i, k));
  out[n++] = featureKey(T.Shape, w.shape[i]!);
  if (i === 0) out[n++] = featureKey(T.ShapeFirst, w.shape[i]!);
  if (w.tail[i] !== lower) out[n++] = featureKey(T.Tail, w.tail[i]!);
  out[n++] = featureKey(T.Prev, prev);
  out[n++] = featureKey(T.Prev2, w.lowerAt(i - 2));
  out[n++] = featureKey(T.Next, next);
  out[n++] = featureKey(T.Next2, w.lowerAt(i + 2));
  out[n++] = featureKey(T.PrevSuffix3, w.suffixAt(i - 1, 3));
  out[n++] = featureKey(T.NextSuffix3, w.suffixAt(i + 1, 3));
  out[n++] = featureKey(T.NextSuffix2Next2Suffix2, w.suffixAt(i + 1, 2), w.suffixAt(i + 2, 2));
  out[n++] = featureKey(T.Tag1, tag1);
  out[n++] = featureKey(T.Tag12, tag1, tag2);
  out[n++] = featureKey(T.Tag1Lower, tag1, lower);
  out[n++] = featureKey(T.PrevLower, prev, lower);
  out[n++] = featureKey(T.LowerNext, lower, next);
  out[n++] = featureKey(T.Tag1Next, tag1, next);
  out[n++] = featureKey(T.PrevNext, prev, next);
  out[n++] = featureKey(T.Tag1Suffix3, tag1, w.suffixAt(i, 3));
  out[n++] = featureKey(T.NextShape, w.shapeAt(i + 1));
  if (ahead[i]) {
    out[n++] = featureKey(T.Ahead, 1);
    out[n++] = featureKey(T.AheadLower, lower);
  }
  // Through a quotation mark to the word behind it: "het ‘absoluut mogelijk’ is".
  const content = w.nextContent[i]!;
  if (content !== i + 1) {
    out[n++] = featureKey(T.NextContent, w.lowerAt(content));
    out[n++] = featureKey(T.NextContentClasses, w.classesAt(content), lower);
  }
  const classes = w.classes[i]!;
  out[n++] = featureKey(T.Classes, classes);
  out[n++] = featureKey(T.PrevClasses, w.classesAt(i - 1));
  out[n++] = featureKey(T.NextClasses, w.classesAt(i + 1));
  out[n++] = featureKey(T.ClassesShape, classes, w.shape[i]!);
  out[n++] = featureKey(T.ClassesSuffix2, classes, w.suffixAt(i, 2));
  out[n++] = featureKey(T.ClassesTag1, classes, tag1);
  out[n++] = featureKey(T.ClassesNextClasses, classes, w.classesAt(i + 1));
  if (w.lowerForms[i]!.includes('-')) out[n++] = featureKey(T.Hyphen, HYPHEN);
  if (i > 0 && w.form[i] !== lower) out[n++] = featureKey(T.CapitalInside, 1);
  return n;
}

/** The universal tag of word j, or NO_TAG outside the sentence. (A function of the module,
 * not a closure: a closure made per word costs more than the look-up.) */
function uposAt(upos: Int32Array, j: number): number {
  return j < 0 || j >= upos.length ? NO_TAG : upos[j]!;
}

/**
 * Features of word `i` for its fine-grained (CGN) tag, chosen after every word has its
 * universal tag: the word, its affixes and shape with its own universal tag, the universal
 * tags around it, and the fine tag chosen to its left.
 */
export function xposFeatures(w: WordHashes, i: number, upos: Int32Array, xpos1: number, out: Uint32Array): number {
  let n = 0;
  const u = upos[i]!;
  const lower = w.lower[i]!;
  out[n++] = featureKey(T.Upos, u);
  out[n++] = featureKey(T.UposClasses, u, w.classes[i]!);
  out[n++] = featureKey(T.UposLower, u, lower);
  for (let k = 1; k <= 5; k++) out[n++] = featureKey(T.UposSuffix, u, k, w.suffixAt(i, k));
  out[n++] = featureKey(T.UposNext, u, w.lowerAt(i + 1));
  out[n++] = featureKey(T.UposPrev, u, w.lowerAt(i - 1));
  out[n++] = featureKey(T.Xpos1Upos, xpos1, u);
  out[n++] = featureKey(T.UposNextUpos, uposAt(upos, i - 1), u, uposAt(upos, i + 1));
  out[n++] = featureKey(T.UposShape, u, w.shape[i]!, i === 0 ? 1 : 0);
  if (w.tail[i] !== lower) out[n++] = featureKey(T.Tail, u, w.tail[i]!);
  return n;
}
