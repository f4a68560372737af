/** A score's numbers: one or two digits ("2 - 1", "6 - 4"); years and ranges have more. */
const SCORE_NUMBER = /^\d{1,2}$/;
const DASHES = new Set(['-', '–']);

/**
 * Sports scores as the UD Dutch treebanks analyse them: Alpino reads "2 - 1" as one multiword
 * unit, so the dash (SYM) and the second number hang from the first as `fixed`. The training
 * treebanks (Wikipedia) have no scores, news text has many, so a rule does what the parser
 * cannot learn. Changes the arrays in place (heads 1-based, 0 = root).
 */
export function attachScores(words: readonly string[], upos: string[], heads: number[], relations: string[]): void {
  for (let dash = 1; dash + 1 < words.length; dash++) {
    if (!DASHES.has(words[dash]!) || !SCORE_NUMBER.test(words[dash - 1]!) || !SCORE_NUMBER.test(words[dash + 1]!)) continue;
    const [first, second] = [dash - 1, dash + 1];
    // The first number takes the unit's place in the tree; whatever hung from its parts moves to it.
    if (heads[first] === dash + 1 || heads[first] === second + 1) {
      heads[first] = heads[second] === first + 1 ? heads[dash]! : heads[second]!;
      relations[first] = heads[second] === first + 1 ? relations[dash]! : relations[second]!;
    }
    for (let i = 0; i < words.length; i++) if (i !== first && (heads[i] === dash + 1 || heads[i] === second + 1)) heads[i] = first + 1;
    if (heads[first] === dash + 1 || heads[first] === second + 1 || heads[first] === first + 1) heads[first] = 0;
    upos[dash] = 'SYM';
    heads[dash] = first + 1;
    relations[dash] = 'fixed';
    heads[second] = first + 1;
    relations[second] = 'fixed';
  }
}
