import pg from 'pg';
import { KroniekError, UsageError } from '../../errors.ts';
import { PG_MIGRATIONS, migrate, schemaVersion, type PgMigration } from './migrations.ts';

/** Connections a store keeps: a CLI command or a worker needs a few, the API a handful. */
const POOL_SIZE = 8;
const INT8_OID = 20;

/** bigint comes back as a number (counts, sequence numbers: all far below 2^53), the rest as pg reads it. */
export const PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** How a store is opened: `create` makes and migrates the schema; `existing` requires one. */
export type OpenMode = 'create' | 'existing';

/** Whether a location names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * A connection pool to one Kroniek database, opened lazily: the constructor returns at once
 * (so opening a store stays synchronous, as for SQLite), and every query waits until the
 * server has answered and the schema is migrated; a failure there is the first query's error.
 */
export class PgDatabase {
  readonly pool: pg.Pool;
  readonly location: string;
  private readonly ready: Promise<void>;

  constructor(url: string, mode: OpenMode = 'create', migrations: readonly PgMigration[] = PG_MIGRATIONS) {
    this.location = redactUrl(url);
    this.pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types: PG_TYPES });
    // An idle connection the server drops (restart, failover) is replaced by the next query.
    this.pool.on('error', () => {});
    this.ready = this.open(mode, migrations);
    this.ready.catch(() => {}); // reported by the first query that waits on it
  }

  /** One statement, on any connection of the pool. */
  async query<Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    await this.ready;
    return (await this.pool.query<Row>(sql, params as unknown[])).rows;
  }

  /** Runs `body` in one transaction on one connection: committed when it returns, rolled back when it throws. */
  async transaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    return inTransaction(this.pool, body);
  }

  /** A connection of its own (for a cursor), released by the caller. */
  async connect(): Promise<pg.PoolClient> {
    await this.ready;
    return this.pool.connect();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async open(mode: OpenMode, migrations: readonly PgMigration[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw new KroniekError('db-open', `${this.location}: cannot connect to PostgreSQL: ${(error as Error).message}`);
    }
    try {
      if (mode === 'existing' && (await schemaVersion(client)) === 0) {
        throw new UsageError(`${this.location}: no Kroniek database here; run "kroniek ingest" first or pass --db`);
      }
      await migrate(client, this.location, migrations);
    } finally {
      client.release();
    }
  }
}

/** BEGIN, `body`, COMMIT; ROLLBACK (and the error) when it throws. */
export async function inTransaction<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
