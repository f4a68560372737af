import { mix } from '../../annotate/linear/hashing.ts';
import { shingleSet } from './shingles.ts';

/**
 * MinHash signatures (Broder 1997): for each of SIGNATURE_LENGTH seeded hash functions the
 * smallest hash of a text's shingles. The share of positions where two signatures agree
 * estimates the Jaccard similarity of the two shingle sets (standard error about
 * 1/sqrt(128) = 0.09 at 0.5, less near 1). Written here rather than taken from npm: the
 * `minhash` package overflows and overestimates (../shared/DEPENDENCIES.md).
 */
export const SIGNATURE_LENGTH = 128;

/** A MinHash signature; all 0xffffffff for a text with no words. */
export type Signature = Uint32Array;

/** Fixed seeds, so a signature means the same in every run and every store. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x5eed, i + 1));

/** The MinHash signature of a cleaned text. */
export function signatureOf(text: string): Signature {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingleSet(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const hash = mix(shingle, SEEDS[i]!);
      if (hash < signature[i]!) signature[i] = hash;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
export function similarityOf(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_LENGTH;
}
