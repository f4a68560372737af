import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testPostgres } from '../../helpers/postgres-server.ts';

const postgres = testPostgres();

describe.skipIf(!postgres.available)('the test PostgreSQL server', () => {
  it('gives each caller a database of its own, with the dutch configuration and unaccent at hand', async () => {
    const [first, second] = [await postgres.createDatabase(), await postgres.createDatabase()];
    expect(first).not.toBe(second);
    const client = new pg.Client({ connectionString: first });
    await client.connect();
    try {
      const { rows } = await client.query<{ db: string; words: string }>(
        `SELECT current_database() AS db, to_tsvector('dutch', 'De protesten in Minsk')::text AS words`,
      );
      expect(first.endsWith(`/${rows[0]!.db}`)).toBe(true);
      expect(rows[0]!.words).toBe(`'minsk':4 'protest':2`);
      const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'`);
      expect(available.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });
});
