import type { Signature } from './minhash.ts';

/**
 * Where the signatures of earlier articles are kept and looked up by band (lsh-bands.ts): in
 * memory for a stream, in the store for a corpus (its `document_bands` table).
 */
export interface SignatureIndex {
  /** Ids of articles sharing at least one band key. */
  candidates(keys: readonly number[]): Iterable<string>;
  signature(id: string): Signature | null;
  add(id: string, signature: Signature, keys: readonly number[]): void;
  /** Forgets an article (it left the stream's window). */
  remove(id: string): void;
}

/** A SignatureIndex in memory; its size is the articles added and not yet removed. */
export class MemorySignatureIndex implements SignatureIndex {
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, { signature: Signature; keys: readonly number[] }>();

  candidates(keys: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.buckets.get(key) ?? []) found.add(id);
    return found;
  }

  signature(id: string): Signature | null {
    return this.signatures.get(id)?.signature ?? null;
  }

  add(id: string, signature: Signature, keys: readonly number[]): void {
    this.signatures.set(id, { signature, keys });
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
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
