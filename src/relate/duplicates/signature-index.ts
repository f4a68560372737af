import { bandKeys } from './lsh-bands.ts';
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
 * bucket is kept sorted by id, as the store's index is. Most buckets hold one article (only
 * copies share a band), so a bucket of one is its id alone, not a list: a stream's window
 * holds tens of thousands of articles, 32 buckets each. */
export class MemorySignatureIndex implements SignatureIndex {
  private readonly buckets = new Map<number, string | string[]>();
  private readonly signatures = new Map<string, Signature>();

  candidates(keys: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (typeof bucket === 'string') found.add(bucket);
      else if (bucket) for (let i = 0; i < Math.min(bucket.length, BAND_CANDIDATES); i++) found.add(bucket[i]!);
    }
    return found;
  }

  signature(id: string): Signature | null {
    return this.signatures.get(id) ?? null;
  }

  add(id: string, signature: Signature, keys: readonly number[]): void {
    this.signatures.set(id, signature);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, id);
      else if (typeof bucket === 'string') this.buckets.set(key, bucket < id ? [bucket, id] : [id, bucket]);
      else bucket.splice(sortedPosition(bucket, id), 0, id);
    }
  }

  remove(id: string): void {
    const signature = this.signatures.get(id);
    if (!signature) return;
    this.signatures.delete(id);
    // The keys are made again from the signature rather than kept beside it.
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === 'string') {
        if (bucket === id) this.buckets.delete(key);
        continue;
      }
      const rest = bucket.filter((other) => other !== id);
      this.buckets.set(key, rest.length === 1 ? rest[0]! : rest);
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
