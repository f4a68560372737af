/**
 * 32-bit hashing of feature parts, so a feature is an integer key instead of a concatenated
 * string: building and looking up strings was most of the tagger's and parser's time.
 * Collisions between the ~10^6 features of a model in 2^32 keys are a handful, and harmless.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** FNV-1a over the code units `[start, end)` of a string: affixes without making substrings. */
export function hashSlice(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = Math.max(start, 0); i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Mixes a value into a hash (murmur3's finaliser over a boost-style combine). */
export function mix(hash: number, value: number): number {
  let h = (hash ^ (value + 0x9e3779b9 + (hash << 6) + (hash >>> 2))) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The key of a feature: its template number and up to three hashed parts. */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  return mix(mix(mix(template + 1, a), b), c);
}
