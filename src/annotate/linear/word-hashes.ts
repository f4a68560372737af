import { hashSlice, hashString } from './hashing.ts';
import { modelForm } from '../model-form.ts';

/** Longest suffix and prefix looked at: Dutch inflection and derivation live in suffixes
 * (-en, -de, -heid, -ische, -lijk) and compound heads in the last letters (basis|niveau). */
export const MAX_SUFFIX = 5;
export const MAX_PREFIX = 3;

/**
 * What a dictionary says a word can be, as a number (0: it does not know the word). Words of
 * the same classes share features, so what training taught about one noun plural carries over
 * to every plural the dictionary knows.
 */
export interface WordClasses {
  classOf(word: string): number;
}

/** Marks a word's neighbour may be seen through (as model forms: every quote is " or '). */
const QUOTES_AND_BRACKETS = new Set(['"', "'", '(', ')', '[', ']']);

/** Hash of the "word" before the first and after the last of a sentence. */
export const START_HASH = hashString('<s>');
export const END_HASH = hashString('</s>');

/**
 * The parts of every word of a sentence that features are made of, hashed once per sentence so
 * that each feature is a few integer mixes: the lower-cased form (quotation marks of every
 * style as ASCII, model-form.ts), the form as written, suffixes, prefixes, shape and the part
 * after a hyphen.
 */
export class WordHashes {
  readonly length: number;
  readonly lower: Uint32Array;
  readonly form: Uint32Array;
  readonly shape: Uint32Array;
  /** `suffix[k * length + i]`: the last k+1 letters of word i. */
  readonly suffix: Uint32Array;
  readonly prefix: Uint32Array;
  /** The part after the last hyphen ("Wit-Russische" -> "russische"), or the word. */
  readonly tail: Uint32Array;
  /** The first word after word i that is not a quotation mark or bracket (i + 1 mostly), so
   * "het ‘absoluut mogelijk’ is" shows "absoluut" to "het". */
  readonly nextContent: Int32Array;
  /** The dictionary classes of each word (0 for an unknown word or without a dictionary). */
  readonly classes: Uint32Array;
  /** Lower-cased model forms, for rules that look at the letters. */
  readonly lowerForms: readonly string[];

  constructor(words: readonly string[], dictionary?: WordClasses) {
    const n = words.length;
    this.length = n;
    this.lower = new Uint32Array(n);
    this.form = new Uint32Array(n);
    this.shape = new Uint32Array(n);
    this.suffix = new Uint32Array(n * MAX_SUFFIX);
    this.prefix = new Uint32Array(n * MAX_PREFIX);
    this.tail = new Uint32Array(n);
    this.classes = new Uint32Array(n);
    this.nextContent = new Int32Array(n);
    const lowerForms: string[] = [];
    for (let i = 0; i < n; i++) {
      const form = modelForm(words[i]!);
      const lower = form.toLowerCase();
      lowerForms.push(lower);
      this.form[i] = hashString(form);
      this.lower[i] = hashString(lower);
      this.shape[i] = shapeHash(form);
      for (let k = 0; k < MAX_SUFFIX; k++) this.suffix[k * n + i] = hashSlice(lower, lower.length - k - 1, lower.length);
      for (let k = 0; k < MAX_PREFIX; k++) this.prefix[k * n + i] = hashSlice(lower, 0, Math.min(k + 1, lower.length));
      const hyphen = lower.lastIndexOf('-');
      this.tail[i] = hyphen > 0 && hyphen < lower.length - 1 ? hashSlice(lower, hyphen + 1, lower.length) : this.lower[i]!;
      if (dictionary) this.classes[i] = dictionary.classOf(form);
    }
    this.lowerForms = lowerForms;
    for (let i = n - 1, next = n; i >= 0; i--) {
      this.nextContent[i] = next;
      if (!QUOTES_AND_BRACKETS.has(lowerForms[i]!)) next = i;
    }
  }

  /** The lower-cased hash of word i, or the start/end marker outside the sentence. */
  lowerAt(i: number): number {
    return i < 0 ? START_HASH : i >= this.length ? END_HASH : this.lower[i]!;
  }

  /** The hash of the last k letters of word i (k from 1), or a marker outside the sentence. */
  suffixAt(i: number, k: number): number {
    return i < 0 ? START_HASH : i >= this.length ? END_HASH : this.suffix[(k - 1) * this.length + i]!;
  }

  prefixAt(i: number, k: number): number {
    return this.prefix[(k - 1) * this.length + i]!;
  }

  classesAt(i: number): number {
    return i < 0 ? START_HASH : i >= this.length ? END_HASH : this.classes[i]!;
  }

  shapeAt(i: number): number {
    return i < 0 ? START_HASH : i >= this.length ? END_HASH : this.shape[i]!;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The code unit a character of a word becomes in its shape (wordShape). */
function shapeUnit(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code >= 48 && code <= 57) return 100; // d
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 65 && code <= 90) return 88; // X
  if (code < 128) return code;
  const char = word[i]!;
  return char.toLowerCase() !== char ? 88 : char.toUpperCase() !== char ? 120 : code;
}

/** hashString(wordShape(word)), without making the shape: the same FNV-1a steps over the
 * shape's code units as they are found. */
export function shapeHash(word: string): number {
  let hash = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const unit = shapeUnit(word, i);
    if (unit === last) continue;
    hash ^= unit;
    hash = Math.imul(hash, FNV_PRIME);
    last = unit;
  }
  return hash >>> 0;
}

/**
 * Letters become X or x, digits d, other characters stay; runs collapse, long words are marked:
 * "Wit-Rusland" -> "Xx-Xx", "1.000" -> "d.d", "NAVO" -> "X".
 */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const char = word[i]!;
    let kind: string;
    if (code >= 48 && code <= 57) kind = 'd';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 65 && code <= 90) kind = 'X';
    else if (code < 128) kind = char;
    else kind = char.toLowerCase() !== char ? 'X' : char.toUpperCase() !== char ? 'x' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}
