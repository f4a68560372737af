import type pg from 'pg';
import type { BuiltArticle } from '../../ingest/build/built-article.ts';
import type { RawArticle } from '../../ingest/raw-article.ts';
import type { WriteOutcome } from '../store.ts';
import { chunks } from './bulk-insert.ts';
import { writeDocument } from './document-writes.ts';
import type { PgDatabase } from './pg-database.ts';

/** Advisory lock keys: creating the queue table, and the cross-document step (entities, stories). */
const QUEUE_SCHEMA_LOCK = 0x6b727131; // 'krq1'
export const RELATE_LOCK = 0x6b72656c; // 'krel'

/**
 * The queue's table. Not one of the numbered migrations, which both backends share: only
 * PostgreSQL has a queue (`FOR UPDATE SKIP LOCKED`), so it is made on first use, under a lock.
 * `article` is the RawArticle as read, JSON; `source_key` makes enqueueing idempotent.
 */
const QUEUE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS kroniek_queue (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_key text COLLATE "C" NOT NULL UNIQUE,
    article text NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    error text,
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    done_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS kroniek_queue_pending ON kroniek_queue (seq) WHERE state = 'pending';
`;

/** What one claimed batch came to. */
export interface BatchResult {
  readonly claimed: number;
  readonly outcomes: readonly WriteOutcome[];
  readonly failures: readonly { readonly sourceKey: string; readonly message: string }[];
}

/** How many queued articles are in each state. */
export interface QueueCounts {
  readonly pending: number;
  readonly done: number;
  readonly failed: number;
}

/**
 * The ingest work queue in PostgreSQL (docs/scale.md): `kroniek ingest --queue` adds raw
 * articles, any number of `kroniek worker` processes take batches. A batch is claimed, built,
 * written and marked done in ONE transaction: a worker killed half-way (or its machine) rolls
 * its transaction back, the rows' locks go with its connection, and the batch is claimable
 * again, with nothing of it written.
 */
export class PgWorkQueue {
  private schema: Promise<void> | null = null;

  constructor(private readonly db: PgDatabase) {}

  /** Queues articles; one already queued with the same content is left as it is (re-queued
   * when its content changed). Returns how many were queued. */
  async enqueue(articles: readonly RawArticle[]): Promise<number> {
    await this.ensureSchema();
    let queued = 0;
    for (const chunk of chunks(articles, 500)) {
      const rows = await this.db.query<{ n: number }>(
        `WITH added AS (
           INSERT INTO kroniek_queue (source_key, article) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (source_key) DO UPDATE SET article = excluded.article, state = 'pending', error = NULL, done_at = NULL
             WHERE kroniek_queue.article <> excluded.article
           RETURNING 1)
         SELECT count(*) AS n FROM added`,
        [chunk.map((a) => a.sourceKey), chunk.map((a) => JSON.stringify(a))],
      );
      queued += rows[0]!.n;
    }
    return queued;
  }

  /**
   * Claims up to `size` pending articles no other worker holds (oldest first), builds them with
   * `build`, and in the same transaction writes the documents and marks the rows done (or
   * failed, with the reason). Returns `claimed: 0` when nothing is free to take.
   */
  async processBatch(size: number, build: (articles: readonly RawArticle[]) => Promise<BuiltArticle[]>): Promise<BatchResult> {
    await this.ensureSchema();
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ seq: number; article: string }>(
        `SELECT seq, article FROM kroniek_queue WHERE state = 'pending' ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [size],
      );
      if (rows.length === 0) return { claimed: 0, outcomes: [], failures: [] };
      const articles = rows.map((row) => JSON.parse(row.article) as RawArticle);
      const built = await build(articles);
      const now = new Date().toISOString();
      const outcomes: WriteOutcome[] = [];
      const failures: { sourceKey: string; message: string }[] = [];
      for (const [i, item] of built.entries()) {
        if (item.kind === 'write') outcomes.push(await writeDocument(client, item.write, now));
        else failures.push({ sourceKey: articles[i]!.sourceKey, message: item.message });
      }
      await markRows(client, rows.map((row) => row.seq), failures);
      return { claimed: rows.length, outcomes, failures };
    });
  }

  async counts(): Promise<QueueCounts> {
    await this.ensureSchema();
    const rows = await this.db.query<{ state: keyof QueueCounts; n: number }>('SELECT state, count(*) AS n FROM kroniek_queue GROUP BY state');
    const counts = { pending: 0, done: 0, failed: 0 };
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  /**
   * Runs `body` holding the cross-document lock (a session advisory lock on a connection of its
   * own): entity merging and story clustering read the whole corpus and write it whole, so one
   * worker at a time does them. A killed holder's lock goes with its connection.
   */
  async exclusively<T>(body: () => Promise<T>): Promise<T> {
    const client = await this.db.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [RELATE_LOCK]);
      try {
        return await body();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [RELATE_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private ensureSchema(): Promise<void> {
    this.schema ??= this.db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [QUEUE_SCHEMA_LOCK]);
      await client.query(QUEUE_SCHEMA);
    });
    return this.schema;
  }
}

/** Marks a batch's rows done, and the failed ones failed with their reason. */
async function markRows(
  client: pg.ClientBase,
  seqs: readonly number[],
  failures: readonly { sourceKey: string; message: string }[],
): Promise<void> {
  await client.query(`UPDATE kroniek_queue SET state = 'done', done_at = now() WHERE seq = ANY($1::bigint[])`, [seqs]);
  if (failures.length === 0) return;
  for (const failure of failures) {
    await client.query(`UPDATE kroniek_queue SET state = 'failed', error = $2 WHERE source_key = $1`, [failure.sourceKey, failure.message]);
  }
}
