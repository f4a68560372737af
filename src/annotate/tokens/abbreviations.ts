import { readFileSync } from 'node:fs';

const ABBREVIATIONS_FILE = new URL('../../../data/abbreviations-nl.txt', import.meta.url);
let abbreviations: ReadonlySet<string> | null = null;

/** The bundled Dutch abbreviation list (lower case, no final full stop), read once. Used by the
 * tokenizer and by cleaning's sentence splitter, so both agree on what ends a sentence. */
export function dutchAbbreviations(): ReadonlySet<string> {
  abbreviations ??= new Set(
    readFileSync(ABBREVIATIONS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return abbreviations;
}
