import type { DutchTokenSpan } from '../syntax/syntax-spans.ts';
import type { SentenceView } from './figure-candidate.ts';

/** The dependents of each token of a sentence, from the tokens' heads: `children[i - firstToken]`. */
export function childrenOf(view: SentenceView): number[][] {
  const { firstToken, endToken } = view.sentence;
  const children: number[][] = Array.from({ length: endToken - firstToken }, () => []);
  for (let i = firstToken; i < endToken; i++) {
    const head = (view.tokens[i] as DutchTokenSpan).head;
    if (head !== null && head >= firstToken && head < endToken) children[head - firstToken]!.push(i);
  }
  return children;
}

/** The tokens from `index` up to the root, `index` first; stops on a loop. */
export function ancestors(view: SentenceView, index: number): number[] {
  const chain: number[] = [];
  let at: number | null = index;
  while (at !== null && !chain.includes(at) && at >= view.sentence.firstToken && at < view.sentence.endToken) {
    chain.push(at);
    at = (view.tokens[at] as DutchTokenSpan).head;
  }
  return chain;
}

/** The lowest and highest token of `index`'s subtree. */
export function subtreeRange(children: readonly number[][], firstToken: number, index: number): { first: number; last: number } {
  let first = index;
  let last = index;
  const stack = [index];
  while (stack.length > 0) {
    const at = stack.pop()!;
    first = Math.min(first, at);
    last = Math.max(last, at);
    stack.push(...children[at - firstToken]!);
  }
  return { first, last };
}
