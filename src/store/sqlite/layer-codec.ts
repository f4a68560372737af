import { KroniekError } from '../../errors.ts';

/**
 * How the store writes a layer's spans, whatever the layer (the store never learns names):
 * - `rows`: the JSON array of span objects, as schema 1 stored every layer; kept for small
 *   layers, where it is the shortest, and for every row written before schema 2.
 * - `columns`: one column per field instead of one object per span. Integer columns are
 *   written plain, as differences from the previous value (offsets that only grow), or as
 *   differences from the row number (indices that point near their own row), whichever is
 *   shortest; string columns as a dictionary and codes when that is shorter. A token layer
 *   shrinks about sixfold (docs/storage.md).
 * Both decode to exactly the spans that were encoded, keys in the same order.
 */
export type LayerEncoding = 'rows' | 'columns';

/** Spans as the store sees them: plain JSON objects. */
type Row = Readonly<Record<string, unknown>>;

/** Below this many spans the per-column overhead outweighs what columns save. */
const MIN_COLUMNAR_ROWS = 8;

/** One field of every span. `gaps` lists `[firstRow, count, ...]` runs of rows that lack the
 * field; `values` holds the rows that have it, in order. */
type Column =
  | { readonly kind: 'int' | 'delta' | 'offset'; readonly values: readonly (number | null)[]; readonly gaps?: readonly number[] }
  | { readonly kind: 'dict'; readonly dict: readonly (string | null)[]; readonly values: readonly number[]; readonly gaps?: readonly number[] }
  | { readonly kind: 'json'; readonly values: readonly unknown[]; readonly gaps?: readonly number[] };

/** The `columns` encoding as stored. */
interface ColumnarLayer {
  readonly rows: number;
  readonly fields: readonly string[];
  readonly columns: readonly Column[];
}

/** The stored form of a layer: which encoding and the JSON text. */
export interface EncodedLayer {
  readonly encoding: LayerEncoding;
  readonly json: string;
}

/**
 * Encodes spans for storage: columns when there are enough of them and every span lists its
 * fields in one common order (so decoding restores the same key order), rows otherwise.
 */
export function encodeLayer(spans: readonly unknown[]): EncodedLayer {
  if (spans.length >= MIN_COLUMNAR_ROWS) {
    const fields = commonFieldOrder(spans);
    if (fields) return { encoding: 'columns', json: JSON.stringify(toColumns(spans as readonly Row[], fields)) };
  }
  return { encoding: 'rows', json: JSON.stringify(spans) };
}

/** Every layer of a document encoded (encodeLayer), by name, in the document's order. */
export function encodeStoredLayers(layers: Readonly<Record<string, readonly unknown[]>>): Record<string, EncodedLayer> {
  const encoded: Record<string, EncodedLayer> = {};
  for (const [name, spans] of Object.entries(layers)) encoded[name] = encodeLayer(spans);
  return encoded;
}

/** Decodes what encodeLayer wrote (or a schema 1 row). */
export function decodeLayer(encoding: string, json: string): unknown[] {
  if (encoding === 'rows') return JSON.parse(json) as unknown[];
  if (encoding === 'columns') return fromColumns(JSON.parse(json) as ColumnarLayer);
  throw new KroniekError('db-layer', `unknown layer encoding "${encoding}"`);
}

/**
 * One order of all fields that lists every span's own fields in that span's order, or null
 * when there is none (two spans order two fields differently) or a span is not a plain object.
 * A field first seen in a span goes right after the field before it in that span, so optional
 * fields in the middle (`{ start, end, head?, kind }`) still fit.
 */
function commonFieldOrder(spans: readonly unknown[]): string[] | null {
  const order: string[] = [];
  for (const span of spans) {
    if (span === null || typeof span !== 'object' || Array.isArray(span)) return null;
    let last = -1;
    for (const key of Object.keys(span)) {
      if ((span as Row)[key] === undefined) continue;
      let position = order.indexOf(key);
      if (position < 0) {
        position = last + 1;
        order.splice(position, 0, key);
      }
      if (position <= last) return null;
      last = position;
    }
  }
  return order;
}

function toColumns(spans: readonly Row[], fields: readonly string[]): ColumnarLayer {
  return { rows: spans.length, fields, columns: fields.map((field) => toColumn(spans, field)) };
}

function toColumn(spans: readonly Row[], field: string): Column {
  const present: unknown[] = [];
  const rowsOf: number[] = [];
  const gaps: number[] = [];
  spans.forEach((span, row) => {
    const value = span[field];
    if (value === undefined) {
      const lastRun = gaps.length - 2;
      if (lastRun >= 0 && gaps[lastRun]! + gaps[lastRun + 1]! === row) gaps[lastRun + 1]! += 1;
      else gaps.push(row, 1);
      return;
    }
    present.push(value);
    rowsOf.push(row);
  });
  const withGaps = gaps.length > 0 ? { gaps } : {};
  if (present.every((value) => value === null || Number.isSafeInteger(value))) {
    return { ...shortestIntegers(present as (number | null)[], rowsOf), ...withGaps };
  }
  if (present.every((value) => value === null || typeof value === 'string')) {
    const dictionary = asDictionary(present as (string | null)[]);
    if (dictionary) return { ...dictionary, ...withGaps };
  }
  return { kind: 'json', values: present, ...withGaps };
}

function shortestIntegers(values: readonly (number | null)[], rowsOf: readonly number[]): Column {
  const delta: (number | null)[] = [];
  const offset: (number | null)[] = [];
  let previous = 0;
  values.forEach((value, i) => {
    if (value === null) {
      delta.push(null);
      offset.push(null);
      return;
    }
    delta.push(value - previous);
    previous = value;
    offset.push(value - rowsOf[i]!);
  });
  const candidates = [
    { kind: 'int', values },
    { kind: 'delta', values: delta },
    { kind: 'offset', values: offset },
  ] as const;
  return candidates.reduce((best, candidate) => (integersLength(candidate.values) < integersLength(best.values) ? candidate : best));
}

function asDictionary(values: readonly (string | null)[]): Column | null {
  const codes = new Map<string | null, number>();
  /** JSON length of each distinct value, by code. */
  const lengths: number[] = [];
  let valuesLength = listLength(values.length);
  const encoded = values.map((value) => {
    let code = codes.get(value);
    if (code === undefined) {
      code = codes.size;
      codes.set(value, code);
      lengths.push(value === null ? NULL_LENGTH : JSON.stringify(value).length);
    }
    valuesLength += lengths[code]!;
    return code;
  });
  const dict = [...codes.keys()];
  const dictLength = lengths.reduce((sum, length) => sum + length, listLength(dict.length));
  return dictLength + integersLength(encoded) < valuesLength ? { kind: 'dict', dict, values: encoded } : null;
}

function fromColumns(layer: ColumnarLayer): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = Array.from({ length: layer.rows }, () => ({}));
  layer.fields.forEach((field, f) => {
    const column = layer.columns[f]!;
    const present = presentRows(layer.rows, column.gaps ?? []);
    const values = decodeValues(column, present);
    present.forEach((row, i) => {
      rows[row]![field] = values[i];
    });
  });
  return rows;
}

/** The rows that have a field: all but those in its gaps. */
function presentRows(count: number, gaps: readonly number[]): number[] {
  const present: number[] = [];
  let gap = 0;
  for (let row = 0; row < count; row++) {
    while (gap < gaps.length && row === gaps[gap]) {
      row += gaps[gap + 1]!;
      gap += 2;
    }
    if (row < count) present.push(row);
  }
  return present;
}

/** The present values of a column, decoded; `rows` are the rows they belong to. */
function decodeValues(column: Column, rows: readonly number[]): readonly unknown[] {
  switch (column.kind) {
    case 'json':
    case 'int':
      return column.values;
    case 'dict':
      return column.values.map((code) => column.dict[code]);
    case 'delta': {
      let previous = 0;
      return column.values.map((value) => (value === null ? null : (previous += value)));
    }
    case 'offset':
      return column.values.map((value, i) => (value === null ? null : value + rows[i]!));
  }
}

/** Characters of `null` in JSON. */
const NULL_LENGTH = 4;

/** Characters of a JSON array's brackets and commas. */
function listLength(count: number): number {
  return 2 + Math.max(count - 1, 0);
}

/**
 * The length of `JSON.stringify(values)` for safe integers and nulls, without making the
 * string (the encoder compares three candidates per column: most of its time went there).
 * A safe integer is written as `String(value)`, as JSON.stringify writes it.
 */
function integersLength(values: readonly (number | null)[]): number {
  let length = listLength(values.length);
  for (const value of values) length += value === null ? NULL_LENGTH : digits(value);
  return length;
}

/** Characters of a safe integer in JSON (a minus sign and its digits). */
function digits(value: number): number {
  if (value < 0) return 1 + digits(-value);
  let count = 1;
  while (value >= 10) {
    value = Math.floor(value / 10);
    count += 1;
  }
  return count;
}
