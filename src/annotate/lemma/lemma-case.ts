import { applyScript, type EditScript } from './edit-script.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/**
 * Whether a guessed lemma keeps the capitals of its word. Lemmas are lower case, except for
 * words capitalised inside a sentence (Franse -> Frans, NK, Oranje-beloften) that the
 * dictionary does not know in lower case only, and words the dictionary only knows
 * capitalised; a capital at the start of a sentence is dropped (Mooier -> mooi) unless the word
 * is all capitals or the dictionary says otherwise.
 */
export function keepsCapitals(original: string, lower: string, lemma: string, sentenceInitial: boolean, lexicon: Lexicon | undefined): boolean {
  if (original === lower) return false;
  if (!sentenceInitial) {
    // Inside a sentence a capital is kept, unless the dictionary only knows the lemma in lower
    // case (Zionisme, Faculteiten -> zionisme, faculteit).
    const entry = lexicon?.lookup(lemma);
    return !(entry && entry.spellings.length === 1 && entry.spellings[0] === lemma);
  }
  if (original.length > 1 && original === original.toUpperCase()) return true;
  return lexicon?.lookup(lemma)?.onlyCapitalised ?? false;
}

/**
 * The script applied to the word as written, so the part it keeps keeps its capitals
 * (NAVO's -> NAVO, CSF-voorzitters -> CSF-voorzitter) and the part it adds is lower case. A
 * script that removes a `ge` only keeps the capital of the first letter.
 */
export function applyScriptKeepingCase(original: string, lower: string, script: EditScript): string | undefined {
  const lemma = applyScript(lower, script);
  if (lemma === undefined) return undefined;
  if (script.ge === 'none' && original.length === lower.length) return original.slice(0, original.length - script.strip.length) + script.add;
  return original[0] !== lower[0] ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}
