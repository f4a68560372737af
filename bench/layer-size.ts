import Database from 'better-sqlite3';
import { decodeLayer } from '../src/store/sqlite/layer-codec.ts';

export interface LayerSize {
  readonly name: string;
  /** Bytes of the stored JSON, in the encoding the store chose. */
  readonly storedBytes: number;
  /** Bytes the same spans take as a JSON array of objects (schema 1's only encoding). */
  readonly rowsBytes: number;
}

/** What the layers of a database take, as stored and as they would be as JSON rows. */
export function measureLayers(path: string): { storedBytes: number; rowsBytes: number; byName: LayerSize[] } {
  const db = new Database(path, { readonly: true });
  const sizes = new Map<string, { stored: number; rows: number }>();
  try {
    const rows = db.prepare('SELECT name, encoding, spans FROM layers').iterate() as IterableIterator<{ name: string; encoding: string; spans: string }>;
    for (const { name, encoding, spans } of rows) {
      const size = sizes.get(name) ?? { stored: 0, rows: 0 };
      size.stored += Buffer.byteLength(spans);
      size.rows += Buffer.byteLength(JSON.stringify(decodeLayer(encoding, spans)));
      sizes.set(name, size);
    }
  } finally {
    db.close();
  }
  const byName = [...sizes].sort(([a], [b]) => a.localeCompare(b)).map(([name, size]) => ({ name, storedBytes: size.stored, rowsBytes: size.rows }));
  return {
    storedBytes: byName.reduce((sum, layer) => sum + layer.storedBytes, 0),
    rowsBytes: byName.reduce((sum, layer) => sum + layer.rowsBytes, 0),
    byName,
  };
}
