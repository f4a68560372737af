import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';

/** The shipped table of Dutch speech verbs and cue words. */
export const SPEECH_VERBS_TABLE = new URL('../../../data/speech-verbs-nl.txt', import.meta.url);

/** The constructions a speech verb attributes speech in (data/speech-verbs-nl.txt). */
export const CUE_USES = ['dat', 'te', 'quote', 'invert', 'colon', 'anaphor', 'context', 'phrase'] as const;
export type CueUse = (typeof CUE_USES)[number];

/** One row of the table. */
export interface SpeechCueEntry {
  readonly lemma: string;
  /** The last word of the lemma: the token a cue is found at. */
  readonly word: string;
  /** For a two-word lemma ("laten weten"), the word that must come earlier in the sentence. */
  readonly companion: string | null;
  readonly uses: ReadonlySet<CueUse>;
  readonly gloss: string;
}

/** The speech verbs by the lemma of the word they are found at. */
export type SpeechVerbs = ReadonlyMap<string, readonly SpeechCueEntry[]>;

/** Parses the table's text; a bad row is an error naming its line. */
export function parseSpeechVerbs(source: string, file = 'speech-verbs-nl.txt'): SpeechVerbs {
  const table = new Map<string, SpeechCueEntry[]>();
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length !== 3 || cells[0] === '') throw new InputError('bad-record', { file, line: i + 1 }, 'expected "lemma | uses | gloss"');
    const uses = cells[1]!.split(',').map((use) => use.trim());
    const unknown = uses.find((use) => !(CUE_USES as readonly string[]).includes(use));
    if (unknown !== undefined) throw new InputError('bad-record', { file, line: i + 1 }, `unknown use "${unknown}" (one of ${CUE_USES.join(', ')})`);
    const words = cells[0]!.split(/\s+/);
    const entry: SpeechCueEntry = {
      lemma: cells[0]!,
      word: words.at(-1)!,
      companion: words.length > 1 ? words[0]! : null,
      uses: new Set(uses as CueUse[]),
      gloss: cells[2]!,
    };
    table.set(entry.word, [...(table.get(entry.word) ?? []), entry]);
  });
  return table;
}

let shipped: SpeechVerbs | undefined;

/** The shipped table, read once. */
export function speechVerbs(): SpeechVerbs {
  shipped ??= parseSpeechVerbs(readFileSync(SPEECH_VERBS_TABLE, 'utf8'), SPEECH_VERBS_TABLE.pathname);
  return shipped;
}
