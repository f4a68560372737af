import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../src/doc/types.ts';
import { signatureOf, similarityOf } from '../../../src/relate/duplicates/minhash.ts';
import { addAndFindDuplicates } from '../../../src/relate/duplicates/near-duplicates.ts';
import { MemorySignatureIndex } from '../../../src/relate/duplicates/signature-index.ts';
import { shingleSet } from '../../../src/relate/duplicates/shingles.ts';
import { SEEDS, allDocuments, ingestInto, tempDir } from '../../helpers/workspace.ts';

const seed000 = readdirSync(SEEDS).find((name) => name.startsWith('000'))!;

/** Seed 000 as another outlet might carry it: other boilerplate around it, one sentence rewritten. */
function editedCopy(): string {
  const original = readFileSync(join(SEEDS, seed000), 'utf8');
  const edited = original
    .replace('Langs Duitse kant is er vooralsnog geen bevestiging.', 'Berlijn heeft dat nog niet bevestigd.')
    .replace(/^ date 2021-11 /, ' date 2021-11 Lees ook: Poolse grenswacht meldt nieuwe oversteekpogingen\n\n');
  return `${edited}\n\nKlik hier om je cookievoorkeuren aan te passen.\n`;
}

describe('near-duplicates on the seeds', () => {
  let documents: Document[];
  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '000_copy.txt'), editedCopy());
    const { store } = await ingestInto([SEEDS, dir], { languageCore: false });
    documents = await allDocuments(store);
    await store.close();
  });

  const bySource = (prefix: string): Document => documents.find((d) => d.source.split('/').at(-1)!.startsWith(prefix))!;

  it('finds the edited copy of seed 000 as a near-duplicate of it, and no other pair', async () => {
    const index = new MemorySignatureIndex();
    const found = new Map<string, string[]>();
    for (const document of documents) {
      found.set(document.id, addAndFindDuplicates(index, document.id, document.text).duplicates.map((d) => d.document));
    }
    const original = bySource('000_f');
    const copy = bySource('000_copy');
    const pairs = [...found].flatMap(([id, others]) => others.map((other) => [id, other].sort().join(' ')));
    expect(pairs).toEqual([[original.id, copy.id].sort().join(' ')]);
  });

  it('scores the copy close to 1 and seeds 000 and 001 (one crisis, two articles) close to 0', async () => {
    const similarity = (a: Document, b: Document): number => similarityOf(signatureOf(a.text), signatureOf(b.text));
    expect(similarity(bySource('000_f'), bySource('000_copy'))).toBeGreaterThan(0.8);
    expect(similarity(bySource('000_f'), bySource('001'))).toBeLessThan(0.1);
  });
});

describe('shingles and signatures', () => {
  it('ignore case, diacritics and punctuation', async () => {
    expect(shingleSet('Oekraïne, zei Loekasjenko woensdag tegen de BBC.')).toEqual(shingleSet('oekraine zei loekasjenko Woensdag tegen de bbc'));
  });

  it('estimate the Jaccard similarity of the shingle sets', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `woord${i}`);
    const a = words.join(' ');
    const b = [...words.slice(0, 300), ...Array.from({ length: 100 }, (_, i) => `ander${i}`)].join(' ');
    const sa = shingleSet(a);
    const sb = shingleSet(b);
    const jaccard = [...sa].filter((s) => sb.has(s)).length / new Set([...sa, ...sb]).size;
    expect(Math.abs(similarityOf(signatureOf(a), signatureOf(b)) - jaccard)).toBeLessThan(0.12);
  });
});
