import { FOLD } from './gazetteer-format.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * The entries of a gazetteer file as a trie over case-folded tokens, built in place over the
 * file's text: no string per entry or token is made, so 300,000 names load in a few tens of
 * milliseconds into typed arrays. Tokens are interned in an open-addressing table keyed by an
 * FNV-1a hash of their folded code units; the root's children are indexed by token id, deeper
 * edges live in a second open-addressing table keyed by (node, token). Each node that ends an
 * entry has a chain of terminals: the lists of one spelling and where that spelling is in the
 * text (to tell exact matches from case-folded ones).
 */
export class GazetteerTrie {
  private tokenCount = 0;
  private readonly tokenStart: Int32Array;
  private readonly tokenLength: Int32Array;
  private readonly tokenSlots: Int32Array;
  private readonly tokenSlotHash: Uint32Array;
  private readonly tokenMask: number;
  private readonly rootChild: Int32Array;
  private nodeCount = 1;
  private readonly edgeParent: Int32Array;
  private readonly edgeToken: Int32Array;
  private readonly edgeChild: Int32Array;
  private readonly edgeMask: number;
  /** Per node: 1 + its first terminal, 0 for none. */
  private readonly firstTerminal: Int32Array;
  private terminalCount = 0;
  readonly terminalNext: Int32Array;
  readonly terminalLists: Uint32Array;
  /** Where the terminal's spelling starts in the text: its tokens, one space apart, then a tab. */
  readonly terminalAt: Int32Array;

  /** `maxTokens`, `maxEntries`: upper bounds (token occurrences and lines of the text). */
  constructor(
    readonly text: string,
    maxTokens: number,
    maxEntries: number,
  ) {
    const tokenCapacity = powerOfTwoAbove(maxTokens * 1.5);
    this.tokenStart = new Int32Array(maxTokens);
    this.tokenLength = new Int32Array(maxTokens);
    this.tokenSlots = new Int32Array(tokenCapacity);
    this.tokenSlotHash = new Uint32Array(tokenCapacity);
    this.tokenMask = tokenCapacity - 1;
    this.rootChild = new Int32Array(maxTokens);
    const deeper = Math.max(16, maxTokens - maxEntries);
    const edgeCapacity = powerOfTwoAbove(deeper * 1.5);
    this.edgeParent = new Int32Array(edgeCapacity);
    this.edgeToken = new Int32Array(edgeCapacity);
    this.edgeChild = new Int32Array(edgeCapacity);
    this.edgeMask = edgeCapacity - 1;
    this.firstTerminal = new Int32Array(maxTokens + 1);
    this.terminalNext = new Int32Array(maxEntries);
    this.terminalLists = new Uint32Array(maxEntries);
    this.terminalAt = new Int32Array(maxEntries);
  }

  /** Adds one spelling: its tokens are the text from `start` to the tab at `end`. */
  add(start: number, end: number, lists: number): void {
    let node = 0;
    let from = start;
    while (from < end) {
      let to = this.text.indexOf(' ', from);
      if (to < 0 || to > end) to = end;
      const token = this.intern(from, to - from);
      node = this.childOrNew(node, token);
      from = to + 1;
    }
    const t = this.terminalCount++;
    this.terminalNext[t] = this.firstTerminal[node]! - 1;
    this.terminalLists[t] = lists;
    this.terminalAt[t] = start;
    this.firstTerminal[node] = t + 1;
  }

  /** The id of a word's folded form among the entries' tokens, or -1. */
  tokenOf(word: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      hash = Math.imul(hash ^ FOLD[word.charCodeAt(i)]!, FNV_PRIME);
    }
    hash >>>= 0;
    const text = this.text;
    for (let slot = hash & this.tokenMask; ; slot = (slot + 1) & this.tokenMask) {
      const id = this.tokenSlots[slot]! - 1;
      if (id < 0) return -1;
      if (this.tokenSlotHash[slot] !== hash || this.tokenLength[id] !== word.length) continue;
      const start = this.tokenStart[id]!;
      let k = 0;
      while (k < word.length && FOLD[word.charCodeAt(k)] === FOLD[text.charCodeAt(start + k)]) k++;
      if (k === word.length) return id;
    }
  }

  /** The child of `node` by `token`, 0 for none (the root is node 0 and never a child). */
  child(node: number, token: number): number {
    if (node === 0) return this.rootChild[token]!;
    for (let slot = edgeHash(node, token) & this.edgeMask; ; slot = (slot + 1) & this.edgeMask) {
      const child = this.edgeChild[slot]!;
      if (child === 0) return 0;
      if (this.edgeParent[slot] === node && this.edgeToken[slot] === token) return child;
    }
  }

  /** The first terminal of a node (an entry ends there), or -1. */
  terminal(node: number): number {
    return this.firstTerminal[node]! - 1;
  }

  /** Whether `word` is written exactly as the entry token at `at` (which it equals folded). */
  sameCase(word: string, at: number): boolean {
    const text = this.text;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
    return true;
  }

  /** The position in the text of the next token of a spelling after the one at `at`. */
  nextTokenAt(at: number): number {
    const text = this.text;
    let p = at;
    while (true) {
      const c = text.charCodeAt(p);
      if (c === SPACE) return p + 1;
      if (c === TAB || Number.isNaN(c)) return p;
      p++;
    }
  }

  get entries(): number {
    return this.terminalCount;
  }

  get tokens(): number {
    return this.tokenCount;
  }

  private intern(start: number, length: number): number {
    const text = this.text;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ FOLD[text.charCodeAt(start + i)]!, FNV_PRIME);
    hash >>>= 0;
    let slot = hash & this.tokenMask;
    for (; ; slot = (slot + 1) & this.tokenMask) {
      const id = this.tokenSlots[slot]! - 1;
      if (id < 0) break;
      if (this.tokenSlotHash[slot] !== hash || this.tokenLength[id] !== length) continue;
      const other = this.tokenStart[id]!;
      let k = 0;
      while (k < length && FOLD[text.charCodeAt(start + k)] === FOLD[text.charCodeAt(other + k)]) k++;
      if (k === length) return id;
    }
    const id = this.tokenCount++;
    this.tokenStart[id] = start;
    this.tokenLength[id] = length;
    this.tokenSlots[slot] = id + 1;
    this.tokenSlotHash[slot] = hash;
    return id;
  }

  private childOrNew(node: number, token: number): number {
    if (node === 0) {
      if (this.rootChild[token] === 0) this.rootChild[token] = this.nodeCount++;
      return this.rootChild[token]!;
    }
    let slot = edgeHash(node, token) & this.edgeMask;
    for (; this.edgeChild[slot] !== 0; slot = (slot + 1) & this.edgeMask) {
      if (this.edgeParent[slot] === node && this.edgeToken[slot] === token) return this.edgeChild[slot]!;
    }
    this.edgeParent[slot] = node;
    this.edgeToken[slot] = token;
    this.edgeChild[slot] = this.nodeCount++;
    return this.edgeChild[slot]!;
  }
}

function edgeHash(node: number, token: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ token;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

function powerOfTwoAbove(n: number): number {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}
