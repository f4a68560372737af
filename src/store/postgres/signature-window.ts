import type { Signature } from '../../relate/duplicates/minhash.ts';
import { MemorySignatureIndex, type SignatureIndex } from '../../relate/duplicates/signature-index.ts';

/** A signature as it is stored: the document, its MinHash values and its LSH band keys. */
export interface StoredSignature {
  readonly id: string;
  readonly signature: Signature;
  readonly keys: readonly number[];
}

/**
 * The near-duplicate signatures story clustering looks up, in memory: SignatureIndex is
 * synchronous (the clusterer calls it for every article), a database round trip is not.
 * `load` fills it with the signatures of the open window (the articles of open stories) when
 * clustering starts; what clustering adds is kept for `saveBatch` to write in its transaction
 * (`takeAdded`). Removing only forgets in memory: the stored corpus keeps every signature, as
 * SQLite's does.
 */
export class SignatureWindow implements SignatureIndex {
  private memory = new MemorySignatureIndex();
  private added: StoredSignature[] = [];

  /** Starts again from these stored signatures; nothing pending. */
  load(signatures: Iterable<StoredSignature>): void {
    this.memory = new MemorySignatureIndex();
    this.added = [];
    for (const { id, signature, keys } of signatures) this.memory.add(id, signature, keys);
  }

  candidates(keys: readonly number[]): Set<string> {
    return this.memory.candidates(keys);
  }

  signature(id: string): Signature | null {
    return this.memory.signature(id);
  }

  add(id: string, signature: Signature, keys: readonly number[]): void {
    this.memory.add(id, signature, keys);
    this.added.push({ id, signature, keys });
  }

  remove(id: string): void {
    this.memory.remove(id);
  }

  /** What was added since the last call, to be written. */
  takeAdded(): StoredSignature[] {
    const added = this.added;
    this.added = [];
    return added;
  }
}
