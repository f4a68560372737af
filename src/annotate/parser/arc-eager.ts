/** The four moves of the arc-eager transition system (Nivre 2003). */
export const TRANSITIONS = ['shift', 'reduce', 'left', 'right'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/**
 * A parser state: a stack, the next buffer word, and the arcs so far. Words are numbered from
 * 1; 0 is the artificial root, which starts on the stack.
 */
export class Configuration {
  readonly stack: number[] = [0];
  next = 1;
  readonly heads: Int32Array;
  /** Leftmost and rightmost dependent of each word, for features (0 when none). */
  readonly leftmost: Int32Array;
  readonly rightmost: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly length: number) {
    this.heads = new Int32Array(length + 1).fill(-1);
    this.leftmost = new Int32Array(length + 1);
    this.rightmost = new Int32Array(length + 1);
    this.leftCount = new Int32Array(length + 1);
    this.rightCount = new Int32Array(length + 1);
  }

  get done(): boolean {
    return this.next > this.length;
  }

  get top(): number {
    return this.stack[this.stack.length - 1]!;
  }

  /** Whether the root already has a dependent: a UD tree has exactly one. */
  private get rootTaken(): boolean {
    return this.rightCount[0]! > 0;
  }

  isLegal(transition: Transition): boolean {
    if (this.done) return false;
    const top = this.top;
    switch (transition) {
      case 'shift':
        return true;
      case 'reduce':
        return top !== 0 && this.heads[top]! >= 0;
      case 'left':
        return top !== 0 && this.heads[top]! < 0;
      case 'right':
        return top !== 0 || !this.rootTaken;
    }
  }

  apply(transition: Transition): void {
    const top = this.top;
    switch (transition) {
      case 'shift':
        this.stack.push(this.next);
        this.next += 1;
        return;
      case 'reduce':
        this.stack.pop();
        return;
      case 'left':
        this.attach(this.next, top);
        this.stack.pop();
        return;
      case 'right':
        this.attach(top, this.next);
        this.stack.push(this.next);
        this.next += 1;
    }
  }

  private attach(head: number, dependent: number): void {
    this.heads[dependent] = head;
    if (dependent < head) {
      this.leftCount[head]! += 1;
      if (this.leftmost[head] === 0 || dependent < this.leftmost[head]!) this.leftmost[head] = dependent;
    } else {
      this.rightCount[head]! += 1;
      if (dependent > this.rightmost[head]!) this.rightmost[head] = dependent;
    }
  }
}

/**
 * The static arc-eager oracle for a projective gold tree (`gold[i]` is the head of word i):
 * attach when the gold tree says so, reduce when the top has its head and nothing left to
 * connect to the next word, else shift.
 */
export function oracle(config: Configuration, gold: ArrayLike<number>): Transition {
  const top = config.top;
  const next = config.next;
  if (top !== 0 && gold[top] === next) return 'left';
  if (gold[next] === top) return 'right';
  if (top !== 0 && config.heads[top]! >= 0) {
    for (const below of config.stack) {
      if (below !== top && (gold[next] === below || gold[below] === next)) return 'reduce';
    }
  }
  return 'shift';
}

/** Whether a tree has no crossing arcs: the arc-eager oracle can only reproduce those. */
export function isProjective(heads: ArrayLike<number>): boolean {
  return crossingPair(heads) === null;
}

/** Two words whose arcs cross, the one with the shorter arc first, or null. */
function crossingPair(heads: ArrayLike<number>): [number, number] | null {
  for (let a = 1; a < heads.length; a++) {
    const [l1, r1] = [Math.min(a, heads[a]!), Math.max(a, heads[a]!)];
    for (let b = 1; b < heads.length; b++) {
      const [l2, r2] = [Math.min(b, heads[b]!), Math.max(b, heads[b]!)];
      if (l1 < l2 && l2 < r1 && r1 < r2) return r1 - l1 <= r2 - l2 ? [a, b] : [b, a];
    }
  }
  return null;
}

/**
 * Makes a tree projective by lifting crossing arcs, shortest first, to the head's head
 * (Nivre and Nilsson 2005, without encoding the lift in the label), so a non-projective
 * training sentence still teaches every arc it can. An arc is never lifted to the root, which
 * would give the tree a second root; when no arc of a crossing can be lifted, null.
 */
export function projectivize(heads: ArrayLike<number>): number[] | null {
  const lifted = Array.from(heads);
  for (let lifts = 0, pair = crossingPair(lifted); pair; pair = crossingPair(lifted)) {
    if ((lifts += 1) > lifted.length * lifted.length) return null; // not a tree: give up
    const word = pair.find((candidate) => lifted[candidate]! > 0 && lifted[lifted[candidate]!]! > 0);
    if (word === undefined) return null;
    lifted[word] = lifted[lifted[word]!]!;
  }
  return lifted;
}
