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
const SEED_A = 0x5eed;
const SEED_B = 0xb0a7;
const TOP_BIT = 0x80000000;

/**
 * The MinHash signature of a cleaned text. The 128 hash functions are `h1 + i * h2` of two
 * mixes of the shingle (Kirsch and Mitzenmacher's double hashing): one sixty-fourth of the
 * mixing of 128 independent hashes, with estimates as good on the tests here.
 */
export function signatureOf(text: string): Signature {
  return signatureOfShingles(shingleSet(text));
}

/** The MinHash signature of hashed shingles (`shingleSet`, or `shinglesOfWords` with its repeats). */
export function signatureOfShingles(shingles: Iterable<number>): Signature {
  // Kept as signed integers with the top bit flipped, which orders them as unsigned ones:
  // the loop then stays in 32-bit integers (unsigned values past 2^31 would be doubles),
  // four times as fast.
  const least = new Int32Array(SIGNATURE_LENGTH).fill(0x7fffffff);
  for (const shingle of shingles) {
    const h2 = mix(shingle, SEED_B) | 1;
    // h1 + i * h2 modulo 2^32, one addition a step (the flip commutes with it).
    let hash = (mix(shingle, SEED_A) ^ TOP_BIT) | 0;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      if (hash < least[i]!) least[i] = hash;
      hash = (hash + h2) | 0;
    }
  }
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) signature[i] = (least[i]! ^ TOP_BIT) >>> 0;
  return signature;
}

/** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
export function similarityOf(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_LENGTH;
}
