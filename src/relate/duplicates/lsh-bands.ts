import { mix } from '../../annotate/linear/hashing.ts';
import { SIGNATURE_LENGTH, type Signature } from './minhash.ts';

/**
 * Locality-sensitive hashing by banding: the signature is cut into BANDS bands of ROWS values,
 * and two texts become candidates when any band is equal. With 32 bands of 4 rows a pair of
 * Jaccard similarity s is a candidate with probability 1 - (1 - s^4)^32: 0.99 at s = 0.6,
 * 0.87 at 0.5, 0.03 at 0.2. So looking a new article up costs 32 index look-ups, whatever
 * the corpus size, and the few candidates are checked on their full signatures.
 */
export const BANDS = 32;
export const ROWS = SIGNATURE_LENGTH / BANDS;

/** The bucket of each band of a signature: one 32-bit key per band. */
export function bandKeys(signature: Signature): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = band + 1;
    for (let row = 0; row < ROWS; row++) key = mix(key, signature[band * ROWS + row]!);
    keys.push(key);
  }
  return keys;
}
