import type { MentionSpan } from './mention.ts';

/** Producer of a mention split off by splitAdjacentNames. */
export const SPLIT_PRODUCER = 'kroniek-nl-ner+adjacent-names';

/** The tokens of the document the mentions index into. */
export interface MentionTokens {
  readonly text: (token: number) => string;
  readonly start: (token: number) => number;
  readonly end: (token: number) => number;
}

/**
 * Splits a two-word person mention in two when each word is, elsewhere in the same document, a
 * person mention on its own, and the pair occurs only once: "hoopt dat Poetin Loekasjenko tot
 * aftreden kan bewegen" names two people, as "Poetin" and "Loekasjenko" alone elsewhere show.
 * A first name hardly ever stands alone as a mention, so "Vladimir Poetin" stays whole. The NER
 * model, trained on text where adjacent capitalised words are mostly one name, cannot see this.
 */
export function splitAdjacentNames(mentions: readonly MentionSpan[], tokens: MentionTokens): MentionSpan[] {
  const count = new Map<string, number>();
  for (const mention of mentions) if (mention.type === 'PER') count.set(mention.text, (count.get(mention.text) ?? 0) + 1);
  const isPair = (mention: MentionSpan): boolean => {
    if (mention.type !== 'PER' || mention.endToken - mention.firstToken !== 2 || count.get(mention.text) !== 1) return false;
    const first = tokens.text(mention.firstToken);
    const second = tokens.text(mention.firstToken + 1);
    return first !== second && count.has(first) && count.has(second);
  };
  return mentions.flatMap((mention) => {
    if (!isPair(mention)) return [mention];
    return [mention.firstToken, mention.firstToken + 1].map((token): MentionSpan => ({
      start: tokens.start(token), end: tokens.end(token), producer: SPLIT_PRODUCER, text: tokens.text(token), type: 'PER', firstToken: token, endToken: token + 1,
    }));
  });
}
