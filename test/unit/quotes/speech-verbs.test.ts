import { describe, expect, it } from 'vitest';
import { CUE_USES, parseSpeechVerbs, speechVerbs } from '../../../src/annotate/quotes/speech-verbs.ts';

describe('the speech verb table (data/speech-verbs-nl.txt)', () => {
  it('reads every row with known uses', () => {
    const table = speechVerbs();
    const rows = [...table.values()].flat();
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row.uses.size, row.lemma).toBeGreaterThan(0);
      for (const use of row.uses) expect(CUE_USES).toContain(use);
      expect(row.gloss, row.lemma).not.toBe('');
    }
  });

  it('has the core verbs and cue words with the constructions news uses them in', () => {
    const table = speechVerbs();
    const uses = (word: string): string[] => [...(table.get(word)?.[0]?.uses ?? [])];
    expect(uses('zeggen')).toEqual(expect.arrayContaining(['dat', 'quote', 'invert', 'colon', 'anaphor']));
    expect(uses('erkennen')).toEqual(['dat']);
    expect(uses('melden')).toEqual(expect.arrayContaining(['invert', 'anaphor']));
    for (const word of ['verklaren', 'benadrukken', 'stellen', 'vertellen', 'aldus', 'volgens']) expect(table.has(word), word).toBe(true);
  });

  it('keys a two-word lemma by its last word, with the first as its companion', () => {
    const weten = speechVerbs().get('weten')!;
    expect(weten[0]).toMatchObject({ lemma: 'laten weten', companion: 'laten' });
  });

  it('names the line of a bad row', () => {
    expect(() => parseSpeechVerbs('# comment\nzeggen | dat\n', 'verbs.txt')).toThrow('verbs.txt:2');
    expect(() => parseSpeechVerbs('zeggen | roepen | say\n', 'verbs.txt')).toThrow('unknown use "roepen"');
  });
});
