import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAndFindDuplicates } from '../../../src/relate/duplicates/near-duplicates.ts';
import { BAND_CANDIDATES, MemorySignatureIndex } from '../../../src/relate/duplicates/signature-index.ts';
import { SEEDS } from '../../helpers/workspace.ts';

const seedText = (prefix: string): string => readFileSync(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith(prefix))!), 'utf8');

describe('an article syndicated to many outlets', () => {
  it('links each new copy to at most BAND_CANDIDATES earlier copies, the first by id, and never to another article', () => {
    const index = new MemorySignatureIndex();
    const copy = seedText('002');
    addAndFindDuplicates(index, 'other', seedText('000'));
    // Ids added out of order: the index keeps each band sorted, so which copies are compared
    // does not depend on the order they came in.
    const ids = Array.from({ length: 100 }, (_, i) => `copy-${String((i * 37) % 100).padStart(3, '0')}`);
    for (const id of ids) addAndFindDuplicates(index, id, copy);
    const { duplicates } = addAndFindDuplicates(index, 'copy-new', copy);
    expect(duplicates).toHaveLength(BAND_CANDIDATES);
    expect(duplicates.map((d) => d.document)).toEqual([...ids].sort().slice(0, BAND_CANDIDATES));
    expect(duplicates.every((d) => d.similarity === 1)).toBe(true);
  });
});
