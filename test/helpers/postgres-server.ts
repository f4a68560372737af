import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

/**
 * A real PostgreSQL server for the tests of one test file, no mocks (issue #9):
 * - `KRONIEK_TEST_POSTGRES_URL=postgres://user@host/db` uses that server (its user must be
 *   allowed to create databases);
 * - otherwise a throwaway server is started from Debian's binaries (`apt-get install -y
 *   postgresql`) in a fresh temporary folder: trust authentication, listening on 127.0.0.1 on
 *   a free port, its socket in that folder, and stopped and removed when the file is done;
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

/** Where Debian puts each major version's server binaries. */
const DEBIAN_ROOT = '/usr/lib/postgresql';
const SKIP_MESSAGE = `PostgreSQL tests skipped: no server binaries at ${DEBIAN_ROOT}; apt-get install -y postgresql`;
/** Settings for a server that holds nothing worth keeping: no waiting for the disk. */
const THROWAWAY_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=50'];

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
      server ??= url ? Promise.resolve(url) : startServer(bin!).then((started) => ((stop = started.stop), started.url));
      const admin = await server;
      const name = `kroniek_test_${randomBytes(6).toString('hex')}`;
      await withClient(admin, (client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return databaseUrl(admin, name);
    },
  };
}

/** The bin folder of the newest installed major version, or null. */
function findServerBinaries(): string | null {
  if (!existsSync(DEBIAN_ROOT)) return null;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((name) => existsSync(join(DEBIAN_ROOT, name, 'bin', 'pg_ctl')) && existsSync(join(DEBIAN_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(DEBIAN_ROOT, versions[0]!, 'bin') : null;
}

/** initdb and pg_ctl start in a fresh folder; returns the server's URL and how to stop it. */
async function startServer(bin: string): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-pg-'));
  // PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('running as root, but there is no postgres user to run the test server as');
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: readonly string[]): void => {
    const command = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, program), ...args] : [join(bin, program), ...args];
    const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  const options = ['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', ...THROWAWAY_SETTINGS.flatMap((s) => ['-c', s])];
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options.join(' '), 'start']);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test file that dies before afterAll still takes its server with it.
  process.once('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

async function dropDatabases(admin: string, names: readonly string[]): Promise<void> {
  await withClient(admin, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
