import { KroniekError } from '../errors.ts';

/** Lemma accuracy, overall and per gold UPOS when the tags were given. */
export interface LemmaScore {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly byUpos: ReadonlyMap<string, { readonly total: number; readonly correct: number }>;
}

/**
 * A lemma as compared: without the underscores the current UD Dutch treebanks put between the
 * parts of compounds and separable verbs (`uit_geven`, `basis_niveau`), which the 2017 file
 * and Kroniek's lemmatiser write as one word. Case is kept: `Poetin` is not `poetin`.
 */
export function normalizeLemma(lemma: string): string {
  return lemma.replaceAll('_', '');
}

/**
 * Scores predicted lemmas against gold ones, sentence by sentence, comparing exactly after
 * normalizeLemma on both sides. Sentences of different lengths are an error, not a score.
 *
 * @example scoreLemmas([['uit_geven', 'huis']], [['uitgeven', 'huizen']]).accuracy // 0.5
 */
export function scoreLemmas(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], upos?: readonly (readonly string[])[]): LemmaScore {
  if (gold.length !== predicted.length) throw new KroniekError('bad-input', `${gold.length} gold sentences but ${predicted.length} predicted`);
  let total = 0;
  let correct = 0;
  const byUpos = new Map<string, { total: number; correct: number }>();
  gold.forEach((sentence, s) => {
    const guesses = predicted[s]!;
    if (sentence.length !== guesses.length) throw new KroniekError('bad-input', `sentence ${s + 1}: ${sentence.length} gold lemmas but ${guesses.length} predicted`);
    sentence.forEach((lemma, i) => {
      const right = normalizeLemma(lemma) === normalizeLemma(guesses[i]!);
      total += 1;
      if (right) correct += 1;
      const tag = upos?.[s]?.[i];
      if (tag === undefined) return;
      const row = byUpos.get(tag) ?? { total: 0, correct: 0 };
      row.total += 1;
      if (right) row.correct += 1;
      byUpos.set(tag, row);
    });
  });
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, byUpos };
}
