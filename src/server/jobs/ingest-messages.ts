/** What the server asks of the ingest worker: one JSONL record to ingest. */
export interface IngestRequest {
  readonly job: string;
  /** The record as one JSON line. */
  readonly line: string;
  /** The identity the record's source gets (src/ingest/readers/record-article.ts), to name its document. */
  readonly sourceKey: string;
}

/** What the worker answers: ready (entities and stories brought up to date), a job started, done or failed. */
export type IngestReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'started'; readonly job: string }
  | {
      readonly kind: 'done';
      readonly job: string;
      readonly summary: { read: number; new: number; updated: number; unchanged: number; failed: number };
      readonly documents: readonly string[];
      readonly errors: readonly { file: string; line: number | null; message: string }[];
    }
  | { readonly kind: 'failed'; readonly job: string; readonly message: string };
