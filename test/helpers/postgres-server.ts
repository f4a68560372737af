import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import { databaseUrl, DEBIAN_POSTGRES_ROOT, findServerBinaries, startThrowawayPostgres, withClient } from './throwaway-postgres.ts';

/**
 * A real PostgreSQL server for the tests of one test file, no mocks (issue #9):
 * - `KRONIEK_TEST_POSTGRES_URL=postgres://user@host/db` uses that server (its user must be
 *   allowed to create databases);
 * - otherwise a throwaway server is started from Debian's binaries (throwaway-postgres.ts),
 *   stopped and removed when the file is done;
 * - without either the PostgreSQL tests are skipped with a message saying how to get them, or
 *   fail when `KRONIEK_REQUIRE_POSTGRES=1` (CI sets it, so they never go missing silently).
 * Each store a test opens gets a database of its own (`createDatabase`).
 */
export interface TestPostgres {
  /** Whether PostgreSQL tests can run; use with `describe.skipIf(!postgres.available)`. */
  readonly available: boolean;
  /** Why not, when they cannot. */
  readonly skipReason: string | null;
  /** A new empty database on the test server (started on first use); its URL. */
  createDatabase(): Promise<string>;
}

const SKIP_MESSAGE = `PostgreSQL tests skipped: no server binaries at ${DEBIAN_POSTGRES_ROOT}; apt-get install -y postgresql`;

let shared: TestPostgres | null = null;

/** The test server of this test file (one per file: vitest runs files in separate workers). */
export function testPostgres(): TestPostgres {
  shared ??= makeTestPostgres();
  return shared;
}

function makeTestPostgres(): TestPostgres {
  const url = process.env.KRONIEK_TEST_POSTGRES_URL;
  const bin = url ? null : findServerBinaries();
  if (!url && !bin) {
    if (process.env.KRONIEK_REQUIRE_POSTGRES === '1') throw new Error(`${SKIP_MESSAGE} (KRONIEK_REQUIRE_POSTGRES=1 requires them)`);
    process.stderr.write(`${SKIP_MESSAGE}\n`);
    return { available: false, skipReason: SKIP_MESSAGE, createDatabase: () => Promise.reject(new Error(SKIP_MESSAGE)) };
  }
  let server: Promise<string> | null = null;
  let stop: (() => void) | null = null;
  const created: string[] = [];
  afterAll(async () => {
    if (!server) return;
    const admin = await server;
    if (url) await dropDatabases(admin, created);
    stop?.();
  });
  return {
    available: true,
    skipReason: null,
    async createDatabase() {
      server ??= url ? Promise.resolve(url) : startThrowawayPostgres(bin!).then((started) => ((stop = started.stop), started.url));
      const admin = await server;
      const name = `kroniek_test_${randomBytes(6).toString('hex')}`;
      await withClient(admin, (client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return databaseUrl(admin, name);
    },
  };
}

async function dropDatabases(admin: string, names: readonly string[]): Promise<void> {
  await withClient(admin, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
