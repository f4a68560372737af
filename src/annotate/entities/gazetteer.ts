import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { KroniekError } from '../../errors.ts';
import { hashString, mix } from '../linear/hashing.ts';
import type { EntityType } from './mention.ts';
import { GAZETTEER_SLOTS, type Gazetteer, type GazetteerMatches } from './gazetteer-matches.ts';
import {
  CASE_CLASSES,
  EXACT,
  FOLD,
  GAZETTEER_FORMAT,
  GAZETTEER_LISTS,
  GAZETTEER_VERSION,
  LISTS_HEADER,
  LOWER,
  OTHER,
  POSITIONS,
  type CaseClass,
  type MatchPosition,
} from './gazetteer-format.ts';
import { GazetteerTrie } from './gazetteer-trie.ts';

/** The shipped gazetteer, built from permissively licensed lists (models/README.md). */
export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../../../models/gazetteer-nl.tsv.gz', import.meta.url));

/** One list covering one token: which list, where in the match, how the words are written. */
export interface GazetteerHit {
  readonly list: string;
  readonly type: EntityType;
  readonly position: MatchPosition;
  readonly case: CaseClass;
}

/** Position and case of a token in a list's match, as one code: 0 none, else 1 + 3 * position + case. */
const CODES_PER_LIST = 1 + POSITIONS.length * CASE_CLASSES.length;
const [B, I, L, U] = [0, 1, 2, 3];
/** Prefer an exact spelling, then another case difference, then lower case for upper. */
const CASE_RANK = [0, 2, 1];
const NO_HASH_SEED = 0x6a09e667;
const MAX_LISTS = 32;

/**
 * A gazetteer over the lists of a gazetteer file. `matches(words)` gives each token a hash of
 * the (list, B/I/L/U position, case class) triples that cover it, 0 when no list does: for each
 * list, the longest entry starting at the leftmost token wins and the next match of that list
 * starts after it ("Verenigde Staten van Amerika" over "Verenigde Staten"); different lists
 * overlap freely ("Engels" is a language and a nationality). Case is folded to find entries;
 * a word written lower-case where the entry has a capital ("bos" for the name "Bos") and any
 * other case difference ("NAVO" for "Navo") are marked, so the model can weigh them apart.
 *
 * @example
 *   const gazetteer = loadGazetteer();
 *   gazetteer.hits(['in', 'Den', 'Haag'])[2]; // [{ list: 'loc-city', position: 'L', case: 'exact', ... }]
 */
export class GazetteerMatcher implements Gazetteer {
  readonly lists: readonly { readonly name: string; readonly type: EntityType }[];
  private readonly pairHashes: Uint32Array;
  private ids = new Int32Array(256);
  private codes = new Uint8Array(256 * 4);
  private readonly nextFree: Int32Array;
  private readonly longest: Int32Array;
  private readonly rank: Int32Array;

  constructor(
    private readonly trie: GazetteerTrie,
    listNames: readonly string[],
    /** The file's header lines (format, provenance, lists). */
    readonly header: readonly string[],
    /** The first 16 hex digits of the file's SHA-256: a model trained with it can check it. */
    readonly digest: string,
  ) {
    const known = new Map(GAZETTEER_LISTS.map((list) => [list.name, list.type]));
    this.lists = listNames.map((name) => ({ name, type: known.get(name) ?? 'MISC' }));
    this.pairHashes = new Uint32Array(listNames.length * CODES_PER_LIST);
    listNames.forEach((name, list) => {
      POSITIONS.forEach((position, p) => {
        CASE_CLASSES.forEach((caseClass, c) => {
          this.pairHashes[list * CODES_PER_LIST + 1 + p * CASE_CLASSES.length + c] = hashString(`${name}:${position}:${caseClass}`);
        });
      });
    });
    this.nextFree = new Int32Array(listNames.length);
    this.longest = new Int32Array(listNames.length);
    this.rank = new Int32Array(listNames.length);
  }

  /** Number of spellings in the gazetteer. */
  get entries(): number {
    return this.trie.entries;
  }

  /**
   * Per token, the hash of the lists covering it with position and case (0 for none), and each
   * covering list on its own: `GAZETTEER_SLOTS` hashes per token, 0 after the last.
   */
  matches(words: readonly string[]): GazetteerMatches {
    const codes = this.fill(words);
    const count = this.lists.length;
    const combined = new Uint32Array(words.length);
    const lists = new Uint32Array(words.length * GAZETTEER_SLOTS);
    for (let t = 0; t < words.length; t++) {
      let hash = NO_HASH_SEED;
      let slot = 0;
      for (let list = 0, at = t * count; list < count; list++, at++) {
        const code = codes[at]!;
        if (code === 0) continue;
        const pair = this.pairHashes[list * CODES_PER_LIST + code]!;
        hash = mix(hash, pair);
        if (slot < GAZETTEER_SLOTS) lists[t * GAZETTEER_SLOTS + slot] = pair || 1;
        slot++;
      }
      combined[t] = slot > 0 ? hash || 1 : 0;
    }
    return { combined, lists };
  }

  /** The same matches, readable: per token, the lists covering it (for tests and debugging). */
  hits(words: readonly string[]): GazetteerHit[][] {
    const codes = this.fill(words);
    const count = this.lists.length;
    return words.map((_, t) => {
      const hits: GazetteerHit[] = [];
      for (let list = 0; list < count; list++) {
        const code = codes[t * count + list]!;
        if (code === 0) continue;
        const { name, type } = this.lists[list]!;
        const caseIndex = (code - 1) % CASE_CLASSES.length;
        hits.push({ list: name, type, position: POSITIONS[(code - 1 - caseIndex) / CASE_CLASSES.length]!, case: CASE_CLASSES[caseIndex]! });
      }
      return hits;
    });
  }

  /** Fills the per-token, per-list codes for `words` (a reused buffer). */
  private fill(words: readonly string[]): Uint8Array {
    const n = words.length;
    const count = this.lists.length;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.codes = new Uint8Array(n * 2 * count);
    }
    const { ids, codes, trie, nextFree, longest, rank } = this;
    codes.fill(0, 0, n * count);
    nextFree.fill(0);
    for (let i = 0; i < n; i++) ids[i] = trie.tokenOf(words[i]!);
    for (let i = 0; i < n; i++) {
      if (ids[i]! < 0) continue;
      let touched = 0;
      let node = 0;
      for (let j = i; j < n && ids[j]! >= 0; j++) {
        node = trie.child(node, ids[j]!);
        if (node === 0) break;
        for (let t = trie.terminal(node); t >= 0; t = trie.terminalNext[t]!) {
          const caseClass = this.caseClass(words, i, j + 1, trie.terminalAt[t]!);
          for (let lists = trie.terminalLists[t]!; lists !== 0; lists &= lists - 1) {
            const list = 31 - Math.clz32(lists & -lists);
            const bit = 1 << list;
            if ((touched & bit) === 0 || longest[list]! < j + 1) {
              longest[list] = j + 1;
              rank[list] = caseClass;
              touched |= bit;
            } else if (CASE_RANK[caseClass]! < CASE_RANK[rank[list]!]!) rank[list] = caseClass;
          }
        }
      }
      for (let lists = touched; lists !== 0; lists &= lists - 1) {
        const list = 31 - Math.clz32(lists & -lists);
        if (i < nextFree[list]!) continue;
        const end = longest[list]!;
        const caseCode = 1 + rank[list]!;
        if (end - i === 1) codes[i * count + list] = caseCode + U * CASE_CLASSES.length;
        else {
          for (let t = i; t < end; t++) {
            const position = t === i ? B : t === end - 1 ? L : I;
            codes[t * count + list] = caseCode + position * CASE_CLASSES.length;
          }
        }
        nextFree[list] = end;
      }
    }
    return codes;
  }

  /** How `words[from..to)` are written compared to the spelling at `at` (equal when folded). */
  private caseClass(words: readonly string[], from: number, to: number, at: number): number {
    const trie = this.trie;
    let result = EXACT;
    for (let k = from, p = at; k < to; k++, p = trie.nextTokenAt(p)) {
      const word = words[k]!;
      if (trie.sameCase(word, p)) continue;
      const first = word.charCodeAt(0);
      const entryFirst = trie.text.charCodeAt(p);
      if (first !== entryFirst && FOLD[entryFirst] === first) return LOWER;
      result = OTHER;
    }
    return result;
  }
}

/**
 * Loads a gazetteer file written by scripts/build-gazetteer.ts (the shipped Dutch one by
 * default): a gunzip, one pass over the text into a trie of typed arrays. Another kind of file
 * is a clear error naming the file (and the line, for a bad entry).
 *
 * @example loadGazetteer().hits(['Wit-Rusland'])[0]; // [{ list: 'loc-country', position: 'U', ... }]
 */
export function loadGazetteer(path: string = DEFAULT_GAZETTEER_PATH): GazetteerMatcher {
  let bytes: Buffer;
  let text: string;
  try {
    bytes = readFileSync(path);
    text = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new KroniekError('bad-model', `${path}: not a ${GAZETTEER_FORMAT} file (${(error as Error).message})`);
  }
  const firstEnd = text.indexOf('\n');
  if (text.slice(0, firstEnd < 0 ? text.length : firstEnd) !== `# ${GAZETTEER_FORMAT} ${GAZETTEER_VERSION}`) {
    throw new KroniekError('bad-model', `${path}: not a ${GAZETTEER_FORMAT} file of version ${GAZETTEER_VERSION}`);
  }
  const header: string[] = [];
  let position = 0;
  while (position < text.length && text.charCodeAt(position) === 0x23) {
    const end = text.indexOf('\n', position);
    header.push(text.slice(position, end < 0 ? text.length : end));
    position = end < 0 ? text.length : end + 1;
  }
  const listLine = header.find((line) => line.startsWith(LISTS_HEADER));
  const listNames = listLine?.slice(LISTS_HEADER.length).split(' ').filter(Boolean) ?? [];
  if (listNames.length === 0 || listNames.length > MAX_LISTS || new Set(listNames).size !== listNames.length) {
    throw new KroniekError('bad-model', `${path}: the "${LISTS_HEADER.trim()}" header must name 1 to ${MAX_LISTS} distinct lists`);
  }
  const bits = new Map(listNames.map((name, i) => [name, 2 ** i]));
  let lines = 0;
  let tokens = 0;
  for (let p = position; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) lines++;
    else if (c === 0x20) tokens++;
  }
  const trie = new GazetteerTrie(text, tokens + lines + 1, lines + 1);
  const maskOf = new Map<string, number>();
  for (let line = header.length + 1; position < text.length; line++) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', position);
    if (tab <= position || tab >= end) throw new KroniekError('bad-model', `${path}:${line}: expected "name<TAB>lists"`);
    const field = text.slice(tab + 1, end);
    let mask = maskOf.get(field);
    if (mask === undefined) {
      mask = 0;
      for (const name of field.split(',')) {
        const bit = bits.get(name);
        if (bit === undefined) throw new KroniekError('bad-model', `${path}:${line}: unknown list ${JSON.stringify(name)}`);
        mask |= bit;
      }
      maskOf.set(field, mask);
    }
    trie.add(position, tab, mask >>> 0);
    position = end + 1;
  }
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return new GazetteerMatcher(trie, listNames, header, digest);
}
