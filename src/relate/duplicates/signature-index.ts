import type { Signature } from './minhash.ts';

/**
 * Articles one band key yields as candidates at most. An article syndicated to dozens of
 * outlets fills its bands with copies; comparing a new copy with every one of them would cost
 * what the corpus holds of that article. The first 64 by id (deterministic, so a re-ingest
 * finds the same links) are plenty to link a copy and find its story.
 */
export const BAND_CANDIDATES = 64;

/**
 * Where the signatures of earlier articles are kept and looked up by band (lsh-bands.ts): in
 * memory for a stream, in the store for a corpus (its `document_bands` table).
 */
export interface SignatureIndex {
  /** Ids of articles sharing at least one band key: of each key, at most
   * BAND_CANDIDATES, the first by id. */
  candidates(keys: readonly number[]): Iterable<string>;
  signature(id: string): Signature | null;
  add(id: string, signature: Signature, keys: readonly number[]): void;
  /** Forgets an article (it left the stream's window). */
  remove(id: string): void;
}

/** A SignatureIndex in memory; its size is the articles added and not yet removed. Each
 * bucket is kept sorted by id, as the store's index is. */
export class MemorySignatureIndex implements SignatureIndex {
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, { signature: Signature; keys: readonly number[] }>();

  candidates(keys: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const key of keys) for (const id of (this.buckets.get(key) ?? []).slice(0, BAND_CANDIDATES)) found.add(id);
    return found;
  }

  signature(id: string): Signature | null {
    return this.signatures.get(id)?.signature ?? null;
  }

  add(id: string, signature: Signature, keys: readonly number[]): void {
    this.signatures.set(id, { signature, keys });
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.splice(sortedPosition(bucket, id), 0, id);
      else this.buckets.set(key, [id]);
    }
  }

  remove(id: string): void {
    const entry = this.signatures.get(id);
    if (!entry) return;
    this.signatures.delete(id);
    for (const key of entry.keys) {
      const bucket = this.buckets.get(key)!.filter((other) => other !== id);
      if (bucket.length > 0) this.buckets.set(key, bucket);
      else this.buckets.delete(key);
    }
  }
}

/** Where `id` goes in a sorted list of ids (binary search). */
function sortedPosition(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
