import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Option } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { InputError, KroniekError, QueryError, UsageError } from '../errors.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { openStore } from '../store/open-store.ts';
import { isPostgresUrl } from '../store/postgres/pg-database.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import type { DocumentStore } from '../store/store.ts';

/** `--db FILE` (or a postgres:// URL), shared by every command; `KRONIEK_DB` sets the default. */
export function dbOption(): Option {
  return new Option('--db <file>', 'database file, or a postgres:// URL').env('KRONIEK_DB').default(DEFAULT_SETTINGS.dbPath);
}

/** Opens the store for writing, creating the database when it is not there yet. */
export function openStoreForWriting(path: string): DocumentStore {
  return openStore(path);
}

/** Opens an existing store; a missing file (or schema) is a usage error, not a silently empty corpus. */
export function openExistingStore(path: string): DocumentStore {
  return openStore(path, 'existing');
}

/** Opens a PostgreSQL store for what only PostgreSQL can do (the work queue: row locks that skip each other). */
export function openPostgresStore(location: string, what: string): PostgresStore {
  if (!isPostgresUrl(location)) throw new UsageError(`${what} needs a PostgreSQL database: pass --db postgres://... (or set KRONIEK_DB)`);
  return new PostgresStore(location);
}

/** A positive whole number from an option value. */
export function parsePositiveInt(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${name} takes a whole number of at least 1, not "${value}"`);
  return parsed;
}

/** Runs a command body, turning Kroniek's own errors into a message and an exit code. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof KroniekError) {
      process.stderr.write(`kroniek: ${error.message}\n`);
      process.exitCode = error instanceof UsageError || error instanceof QueryError ? 2 : 1;
      return;
    }
    throw error;
  }
}

/** The name standard input goes by, in arguments and in messages. */
export const STDIN = '-';
/** Bytes looked at for a NUL, the mark of a binary file. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Checks that `file` is a readable file before a command streams it, so a wrong path is one
 * clear message naming it instead of a stack trace from the stream.
 */
export function assertReadableFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new InputError('not-found', { file }, 'no such file');
  }
  if (!isFile) throw new InputError('unreadable', { file }, 'this is not a file');
}

/**
 * The whole text of a file, or of standard input for `-`, decoded as ingest decodes (strict
 * UTF-8, else the declared or detected charset; a byte-order mark is dropped). Binary and
 * oversized input are InputErrors naming the file.
 */
export async function readTextInput(file: string, maxBytes = DEFAULT_SETTINGS.maxFileBytes): Promise<string> {
  let bytes: Buffer;
  if (file === STDIN) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new InputError('too-large', { file }, `standard input is over ${maxBytes} bytes`);
      chunks.push(chunk);
    }
    bytes = Buffer.concat(chunks);
  } else {
    assertReadableFile(file);
    const size = statSync(file).size;
    if (size > maxBytes) throw new InputError('too-large', { file }, `the file is ${size} bytes; the limit is ${maxBytes}`);
    bytes = readFileSync(file);
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new InputError('binary', { file }, 'this is a binary file, not text');
  return decodeBytes(bytes).text;
}

/** Where a command writes: a file given with `--out`, or standard output. */
export interface CommandOutput {
  /** Writes a chunk, waiting while the stream is full. */
  write(chunk: string): Promise<void>;
  /** Flushes and closes a file (standard output stays open). */
  close(): Promise<void>;
}

/** Output to `path`, or to standard output without one. */
export function openOutput(path?: string): CommandOutput {
  const out: Writable = path ? createWriteStream(path) : process.stdout;
  return {
    async write(chunk) {
      if (!out.write(chunk)) await once(out, 'drain');
    },
    async close() {
      if (!path) return;
      out.end();
      await finished(out);
    },
  };
}
