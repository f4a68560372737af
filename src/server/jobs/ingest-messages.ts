/** One record the server asks the ingest worker to ingest, as one job. */
export interface JobRecord {
  readonly job: string;
  /** The record as one JSON line. */
  readonly line: string;
  /** The identity the record's source gets (src/ingest/readers/record-article.ts), to name its document. */
  readonly sourceKey: string;
}

/** What the server asks of the ingest worker: the jobs queued since its last run, ingested
 * together (one ingest, so one entity and story step for all of them). */
export interface IngestRequest {
  readonly jobs: readonly JobRecord[];
}

/** What the worker answers: ready (entities and stories brought up to date), a run of jobs
 * started, one job done, or a run failed. */
export type IngestReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'started'; readonly jobs: readonly string[] }
  | {
      readonly kind: 'done';
      readonly job: string;
      readonly summary: { read: number; new: number; updated: number; unchanged: number; failed: number };
      readonly documents: readonly string[];
      readonly errors: readonly { file: string; line: number | null; message: string }[];
    }
  | { readonly kind: 'failed'; readonly jobs: readonly string[]; readonly message: string };
