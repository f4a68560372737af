import type { Configuration } from './configuration.ts';

/**
 * The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012), for the root at the end
 * of the buffer: how many gold arcs a transition makes unreachable from the current state,
 * whatever mistakes came before. Training with it lets the parser learn to recover from its
 * own errors instead of only ever seeing the gold path. `gold[i]` is the gold head of word i
 * (index 0 unused), with the root numbered as the configuration numbers it (n + 1).
 */
export class DynamicOracle {
  constructor(private readonly gold: ArrayLike<number>) {}

  /** Gold dependents of `word` still in the buffer (from the front on). */
  private dependentsInBuffer(config: Configuration, word: number): number {
    let cost = 0;
    for (let k = config.next; k <= config.length; k++) if (this.gold[k] === word) cost += 1;
    return cost;
  }

  /** Gold dependents of `word` on the stack that have no head yet. */
  private headlessDependentsOnStack(config: Configuration, word: number): number {
    let cost = 0;
    for (let d = 0; d < config.depth; d++) {
      const k = config.stack[d]!;
      if (this.gold[k] === word && config.heads[k]! < 0) cost += 1;
    }
    return cost;
  }

  /** A gold head in the buffer after the front can still be reached (the root only once). */
  private reachableLater(config: Configuration, head: number): boolean {
    return head > config.next && !(head === config.root && config.rootTaken);
  }

  /** Shifting the front: it can no longer take a head or headless dependents from the stack. */
  shiftCost(config: Configuration): number {
    const b = config.next;
    return config.onStack[this.gold[b]!] === 1 ? 1 + this.headlessDependentsOnStack(config, b) : this.headlessDependentsOnStack(config, b);
  }

  /** Popping the top: it can no longer take dependents from the buffer. */
  reduceCost(config: Configuration): number {
    return this.dependentsInBuffer(config, config.top);
  }

  /** Front -> top: the top loses its dependents in the buffer and a head further in it. */
  leftCost(config: Configuration): number {
    const s = config.top;
    return (this.reachableLater(config, this.gold[s]!) ? 1 : 0) + this.dependentsInBuffer(config, s);
  }

  /** Top -> front: the front loses any other head on the stack or in the buffer, and its
   * headless dependents on the stack. */
  rightCost(config: Configuration): number {
    const s = config.top;
    const b = config.next;
    const head = this.gold[b]!;
    const reachable = head !== s && (config.onStack[head] === 1 || this.reachableLater(config, head));
    return (reachable ? 1 : 0) + this.headlessDependentsOnStack(config, b);
  }
}
