import Database from 'better-sqlite3';
import { KroniekError } from '../../errors.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';

export type SqliteDatabase = Database.Database;

/**
 * Opens (or creates) a Kroniek database: WAL so readers never wait on a writer, foreign keys
 * on, and every pending migration applied, each in its own transaction.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw new KroniekError('db-open', `${path}: cannot open the database: ${(error as Error).message}`);
  }
  // Larger pages suit the full-text index's long posting lists; only takes effect on a new file.
  db.pragma('page_size = 8192');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536'); // 64 MiB: the full-text index merges segments in memory
  migrate(db, path, migrations);
  return db;
}

function migrate(db: SqliteDatabase, path: string, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new KroniekError('db-version', `${path}: made by a newer Kroniek (schema ${current}, this one knows ${newest})`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
