import type { DocumentStore } from '../store/store.ts';

/**
 * Results of corpus-wide reads (every conflict, every quote, the entity and story counts),
 * kept until the corpus changes: `clear()` after this server's own ingest jobs, and a new key
 * (documents and sources counted) when another process ingested into the same file. A
 * result being computed is shared by the requests that wait for it.
 */
export class CorpusCache {
  private readonly values = new Map<string, Promise<unknown>>();
  private key = '';

  constructor(private readonly store: DocumentStore) {}

  async get<T>(name: string, compute: () => Promise<T>): Promise<T> {
    const counts = await this.store.counts();
    const key = `${counts.documents}:${counts.sources}`;
    if (key !== this.key) this.clear(key);
    let value = this.values.get(name) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.values.set(name, value);
      value.catch(() => this.values.delete(name));
    }
    return value;
  }

  clear(key = ''): void {
    this.values.clear();
    this.key = key;
  }
}
