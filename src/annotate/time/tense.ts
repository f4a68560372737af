import { isAnalysed, type TokenSpan } from '../syntax/syntax-spans.ts';

/** The tense of the clause a time expression stands in, as far as the tokens tell. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE_AUXILIARIES = new Set(['zal', 'zult', 'zullen', 'ga', 'gaat', 'gaan']);
const PERFECT_AUXILIARIES = new Set(['heb', 'hebt', 'heeft', 'hebben', 'ben', 'bent', 'is', 'zijn']);

/**
 * The tense of the finite verb nearest to the character `at` in its sentence: past
 * ("meldde", "had ... gehekeld"), future ("zal", "gaat"), a present perfect counts as past
 * ("hebben zich ... verzameld"), else present ("Maandag bezoekt Loekasjenko..."). Unknown
 * without tokens or without a finite verb. A nearest verb, not the parse tree's head: the
 * parser attaches weekdays to names too often (`woensdag` as `flat` of Loekasjenko).
 */
export function tenseAt(tokens: readonly TokenSpan[], text: string, at: number): Tense {
  const index = tokenAt(tokens, at);
  if (index < 0) return 'unknown';
  const sentence = tokens[index]!.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  let nearest = -1;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (isAnalysed(token) && token.feats.includes('VerbForm=Fin') && (nearest < 0 || Math.abs(i - index) < Math.abs(nearest - index))) nearest = i;
  }
  if (nearest < 0) return 'unknown';
  const verb = tokens[nearest]!;
  if (!isAnalysed(verb)) return 'unknown';
  const form = text.slice(verb.start, verb.end).toLowerCase();
  if (FUTURE_AUXILIARIES.has(form)) return 'future';
  if (verb.feats.includes('Tense=Past')) return 'past';
  if (PERFECT_AUXILIARIES.has(form)) {
    for (let i = nearest + 1; i <= last; i++) {
      const token = tokens[i]!;
      if (isAnalysed(token) && token.feats.includes('VerbForm=Part') && token.upos === 'VERB') return 'past';
    }
  }
  return 'present';
}

/** Index of the token containing or following character `at` (binary search), -1 when none. */
function tokenAt(tokens: readonly TokenSpan[], at: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end > at) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}
