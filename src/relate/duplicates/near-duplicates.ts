import { bandKeys } from './lsh-bands.ts';
import { signatureOf, similarityOf, type Signature } from './minhash.ts';
import type { SignatureIndex } from './signature-index.ts';

/**
 * Estimated Jaccard similarity of five-word shingles from which two articles count as near
 * duplicates. An agency copy under other boilerplate scores about 1 (cleaning removed the
 * boilerplate); one changed sentence in a short article of 80 words about 0.6; two outlets
 * writing up one press release in their own words below 0.2 (docs/stories.md has the figures).
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

/** An earlier article this one copies, and how much of it (estimated Jaccard similarity). */
export interface DuplicateLink {
  readonly document: string;
  readonly similarity: number;
}

/** What the duplicate step found for one article. */
export interface DuplicateCheck {
  readonly signature: Signature;
  readonly keys: readonly number[];
  /** Earlier near-duplicates, most similar first. */
  readonly duplicates: readonly DuplicateLink[];
}

/**
 * Finds the earlier articles in `index` that a new article (its text, or its signature when the
 * caller made it) nearly duplicates, then adds it: 32 band look-ups and a signature comparison
 * per candidate, whatever the index's size.
 *
 * @example addAndFindDuplicates(index, 'd2', text).duplicates // [{ document: 'd1', similarity: 0.94 }]
 */
export function addAndFindDuplicates(index: SignatureIndex, id: string, text: string | Signature): DuplicateCheck {
  const signature = typeof text === 'string' ? signatureOf(text) : text;
  const keys = bandKeys(signature);
  const duplicates: DuplicateLink[] = [];
  for (const candidate of index.candidates(keys)) {
    if (candidate === id) continue;
    const other = index.signature(candidate);
    if (!other) continue;
    const similarity = similarityOf(signature, other);
    if (similarity >= NEAR_DUPLICATE_SIMILARITY) duplicates.push({ document: candidate, similarity });
  }
  duplicates.sort((a, b) => b.similarity - a.similarity || a.document.localeCompare(b.document));
  index.add(id, signature, keys);
  return { signature, keys, duplicates };
}
