import type { Settings } from '../../config/settings.ts';

export interface TitleLine {
  readonly title: string;
  /** Characters of the input the title and its line break take up. */
  readonly consumed: number;
}

/** A headline does not end like a sentence: no full stop, colon, comma or quote after one. */
const SENTENCE_END = /[.!?:;,…]["'”’»]?$/;

/**
 * The first line of a text is its title when it is short, does not end like a sentence and
 * more text follows it (seed 002: "Wit-Russische leider Loekasjenko klopt aan bij Poetin").
 */
export function detectTitleLine(text: string, settings: Settings): TitleLine | null {
  const lineBreak = text.indexOf('\n');
  if (lineBreak < 0) return null;
  const line = text.slice(0, lineBreak).trim();
  if (line.length < 3 || line.length > settings.titleMaxChars) return null;
  if (SENTENCE_END.test(line) || !/\p{L}/u.test(line)) return null;
  if (text.slice(lineBreak).trim() === '') return null;
  return { title: line, consumed: lineBreak + 1 };
}
