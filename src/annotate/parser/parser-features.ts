import type { Configuration } from './arc-eager.ts';

/** A sentence as the parser sees it: lower-cased words and their part-of-speech tags. */
export interface ParseInput {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

const NONE = '-';
const ROOT = '<root>';

/**
 * Features of a parser state, after Zhang and Nivre (2011): the words and tags at the top of
 * the stack (s0, s1) and the front of the buffer (n0, n1, n2), their pairs and triples, the
 * tags of the dependents found so far, and the distance between s0 and n0.
 */
export function parserFeatures(config: Configuration, input: ParseInput): string[] {
  const word = (i: number): string => (i < 0 ? NONE : i === 0 ? ROOT : input.words[i - 1]!);
  const tag = (i: number): string => (i < 0 ? NONE : i === 0 ? ROOT : input.tags[i - 1]!);
  const at = (i: number): number => (i > config.length ? -1 : i);

  const s0 = config.top;
  const s1 = config.stack.length > 1 ? config.stack[config.stack.length - 2]! : -1;
  const n0 = at(config.next);
  const n1 = at(config.next + 1);
  const n2 = at(config.next + 2);
  const s0h = s0 > 0 ? config.heads[s0]! : -1;
  const s0l = s0 >= 0 && config.leftmost[s0]! > 0 ? config.leftmost[s0]! : -1;
  const s0r = s0 >= 0 && config.rightmost[s0]! > 0 ? config.rightmost[s0]! : -1;
  const n0l = n0 > 0 && config.leftmost[n0]! > 0 ? config.leftmost[n0]! : -1;
  const distance = n0 > 0 && s0 > 0 ? Math.min(n0 - s0, 5) : 0;

  const [s0w, s0t, n0w, n0t, n1w, n1t, n2t] = [word(s0), tag(s0), word(n0), tag(n0), word(n1), tag(n1), tag(n2)];
  return [
    'b',
    `s0w=${s0w}`, `s0t=${s0t}`, `s0wt=${s0w}|${s0t}`,
    `n0w=${n0w}`, `n0t=${n0t}`, `n0wt=${n0w}|${n0t}`,
    `n1w=${n1w}`, `n1t=${n1t}`, `n2t=${n2t}`,
    `s1t=${tag(s1)}`, `s1w=${word(s1)}`,
    `s0w|n0w=${s0w}|${n0w}`, `s0t|n0t=${s0t}|${n0t}`,
    `s0wt|n0t=${s0w}|${s0t}|${n0t}`, `s0t|n0wt=${s0t}|${n0w}|${n0t}`,
    `n0t|n1t=${n0t}|${n1t}`, `n0t|n1t|n2t=${n0t}|${n1t}|${n2t}`,
    `s0t|n0t|n1t=${s0t}|${n0t}|${n1t}`, `s1t|s0t|n0t=${tag(s1)}|${s0t}|${n0t}`,
    `s0ht|s0t|n0t=${tag(s0h)}|${s0t}|${n0t}`,
    `s0t|s0lt|n0t=${s0t}|${tag(s0l)}|${n0t}`, `s0t|s0rt|n0t=${s0t}|${tag(s0r)}|${n0t}`,
    `s0t|n0t|n0lt=${s0t}|${n0t}|${tag(n0l)}`,
    `d|s0t|n0t=${distance}|${s0t}|${n0t}`, `d|s0w=${distance}|${s0w}`,
    `s0v=${s0t}|${s0 >= 0 ? config.leftCount[s0] : 0}|${s0 >= 0 ? config.rightCount[s0] : 0}`,
    `s0hasHead=${s0 > 0 && config.heads[s0]! >= 0}|${s0t}|${n0t}`,
  ];
}

/** Features for the relation label of one arc: the two words, their tags, direction, distance. */
export function labelFeatures(input: ParseInput, head: number, dependent: number, heads: ArrayLike<number>): string[] {
  const word = (i: number): string => (i === 0 ? ROOT : input.words[i - 1]!);
  const tag = (i: number): string => (i === 0 ? ROOT : input.tags[i - 1]!);
  const direction = head === 0 ? 'root' : dependent < head ? 'left' : 'right';
  const distance = Math.min(Math.abs(head - dependent), 6);
  const grandHead = head > 0 ? heads[head]! : -1;
  const [dw, dt, hw, ht] = [word(dependent), tag(dependent), word(head), tag(head)];
  const next = dependent < input.words.length ? tag(dependent + 1) : NONE;
  const previous = dependent > 1 ? tag(dependent - 1) : NONE;
  return [
    'b', `dw=${dw}`, `dt=${dt}`, `hw=${hw}`, `ht=${ht}`, `dir=${direction}`,
    `dt|ht|dir=${dt}|${ht}|${direction}`, `dw|ht|dir=${dw}|${ht}|${direction}`, `dt|hw|dir=${dt}|${hw}|${direction}`,
    `dt|ht|dist=${dt}|${ht}|${distance}|${direction}`, `dw|dt=${dw}|${dt}`,
    `gt|ht|dt=${grandHead >= 0 ? tag(grandHead) : NONE}|${ht}|${dt}|${direction}`,
    `pt|dt|nt=${previous}|${dt}|${next}|${direction}`, `dsuffix=${dw.slice(-3)}|${dt}|${direction}`,
  ];
}
