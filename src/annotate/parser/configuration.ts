/** No word: outside the sentence, or a dependent slot not filled yet. */
export const NONE = -1;

/**
 * A state of the arc-eager transition system (Nivre 2003) with the root at the end of the
 * buffer (Ballesteros and Nivre 2013): words are numbered 1..n and the artificial root is
 * n + 1, so the parser chooses the sentence's root last, knowing the whole sentence, instead
 * of guessing it at the first word. Besides the stack, the front of the buffer and the arcs,
 * it keeps what features look at: the two outermost dependents on each side, how many, and
 * which relations.
 */
export class Configuration {
  readonly stack: Int32Array;
  depth = 0;
  next = 1;
  /** The root's number: one past the last word. */
  readonly root: number;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Relations of the dependents on each side, as bit sets (two 32-bit halves). */
  readonly leftLabels: Uint32Array;
  readonly rightLabels: Uint32Array;
  readonly onStack: Uint8Array;

  /** All of the arrays above are views of this one buffer, so a state copies in one step. */
  private readonly bytes: Uint8Array;

  constructor(readonly length: number) {
    const size = length + 2;
    this.root = length + 1;
    // Nine Int32 arrays of `size`, two Uint32 ones of 2 * size, then the bytes of onStack.
    const buffer = new ArrayBuffer(size * 4 * 13 + size);
    const int32 = (k: number): Int32Array => new Int32Array(buffer, size * 4 * k, size);
    this.stack = int32(0);
    this.heads = int32(1).fill(NONE);
    this.labels = int32(2).fill(NONE);
    this.left1 = int32(3).fill(NONE);
    this.left2 = int32(4).fill(NONE);
    this.right1 = int32(5).fill(NONE);
    this.right2 = int32(6).fill(NONE);
    this.leftCount = int32(7);
    this.rightCount = int32(8);
    this.leftLabels = new Uint32Array(buffer, size * 4 * 9, size * 2);
    this.rightLabels = new Uint32Array(buffer, size * 4 * 11, size * 2);
    this.onStack = new Uint8Array(buffer, size * 4 * 13, size);
    this.bytes = new Uint8Array(buffer);
  }

  /** Becomes a copy of `other`, a state of a sentence of the same length (beam search keeps
   * a pool of states and copies instead of allocating). */
  copyFrom(other: Configuration): void {
    this.depth = other.depth;
    this.next = other.next;
    this.bytes.set(other.bytes);
  }

  /** Done when only the root is left: every word was attached or popped. */
  get done(): boolean {
    return this.next === this.root && this.depth === 0;
  }

  /** The top of the stack, or NONE when it is empty. */
  get top(): number {
    return this.depth > 0 ? this.stack[this.depth - 1]! : NONE;
  }

  /** The stack word `k` places below the top (0 = top), or NONE. */
  stackAt(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k]! : NONE;
  }

  /** The buffer word `k` places after the front (0 = front; the root is last), or NONE. */
  bufferAt(k: number): number {
    const word = this.next + k;
    return word <= this.root ? word : NONE;
  }

  /** A UD tree has exactly one word on the root. */
  get rootTaken(): boolean {
    return this.leftCount[this.root]! > 0;
  }

  /** The root is never pushed: it waits at the end of the buffer. */
  canShift(): boolean {
    return this.next < this.root;
  }

  canReduce(): boolean {
    return this.depth > 0 && this.heads[this.top]! >= 0;
  }

  canLeft(): boolean {
    return this.depth > 0 && this.heads[this.top]! < 0 && (this.next < this.root || !this.rootTaken);
  }

  /** The root is never a dependent. */
  canRight(): boolean {
    return this.depth > 0 && this.next < this.root;
  }

  shift(): void {
    this.push(this.next);
    this.next += 1;
  }

  reduce(): void {
    this.pop();
  }

  /** The front of the buffer becomes the head of the top of the stack, which is popped. */
  left(label: number): void {
    this.attach(this.next, this.top, label);
    this.pop();
  }

  /** The top of the stack becomes the head of the front of the buffer, which is pushed. */
  right(label: number): void {
    this.attach(this.top, this.next, label);
    this.push(this.next);
    this.next += 1;
  }

  /**
   * Pops a headless top that nothing can take any more (the buffer holds only the root, which
   * already has its word): the tree is finished by attaching it afterwards.
   */
  abandon(): void {
    this.pop();
  }

  private push(word: number): void {
    this.stack[this.depth++] = word;
    this.onStack[word] = 1;
  }

  private pop(): void {
    this.onStack[this.stack[--this.depth]!] = 0;
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const half = label >= 32 ? 1 : 0;
    const bit = (1 << (label & 31)) >>> 0;
    if (dependent < head) {
      this.leftCount[head]! += 1;
      this.leftLabels[head * 2 + half]! |= bit;
      // Dependents on the left arrive from the inside out: the newest is the leftmost.
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
    } else {
      this.rightCount[head]! += 1;
      this.rightLabels[head * 2 + half]! |= bit;
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
    }
  }
}
