import type pg from 'pg';

/** Rows per INSERT: each column goes as one array parameter, so a statement stays a few MB. */
const INSERT_CHUNK = 5000;

/** Many rows in one INSERT: one array parameter per column, unnested side by side. */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: string,
  types: readonly string[],
  values: readonly (readonly unknown[])[],
  suffix = '',
): Promise<void> {
  if ((values[0]?.length ?? 0) === 0) return;
  const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(`INSERT INTO ${table} (${columns}) SELECT * FROM unnest(${unnest}) ${suffix}`, values as unknown[][]);
}

/** `items` in runs of at most `size`. */
export function chunks<T>(items: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < items.length; from += size) out.push(items.slice(from, from + size));
  return out;
}
