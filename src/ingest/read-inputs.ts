import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { Settings } from '../config/settings.ts';
import { InputError } from '../errors.ts';
import { decodeBytes, sniffEncoding } from './decode.ts';
import { detectFileKind, sniffKind, type FileKind } from './detect-format.ts';
import { listInputs, type InputEntry } from './list-inputs.ts';
import type { RawArticle, ReadResult } from './raw-article.ts';
import { readFeedArticles } from './readers/feed-reader.ts';
import { readHtmlArticle } from './readers/html-reader.ts';
import { readJsonDocument } from './readers/json-reader.ts';
import { failureFrom, readJsonLines } from './readers/jsonl-reader.ts';
import { readTextArticle } from './readers/text-reader.ts';

/** Bytes looked at to tell text from binary and to guess an encoding. */
const SNIFF_BYTES = 64 * 1024;
const STDIN = '-';

/**
 * Every article in the given paths, in order, as a stream: one result per article, or a
 * failure naming the file (and line) that could not be read. Never throws for bad input.
 */
export async function* readInputs(
  paths: readonly string[],
  settings: Settings,
  stdin: Readable = process.stdin,
): AsyncGenerator<ReadResult> {
  for await (const entry of listInputs(paths)) {
    try {
      yield* readEntry(entry, settings, stdin);
    } catch (error) {
      yield failureFrom(error, { file: entryName(entry) });
    }
  }
}

async function* readEntry(entry: InputEntry, settings: Settings, stdin: Readable): AsyncGenerator<ReadResult> {
  switch (entry.kind) {
    case 'missing':
      throw new InputError('not-found', { file: entry.path }, entry.reason);
    case 'stdin':
      yield* readStdin(stdin, settings);
      return;
    case 'file':
      yield* readFileEntry(entry.path, entry.size, settings);
  }
}

async function* readFileEntry(path: string, size: number, settings: Settings): AsyncGenerator<ReadResult> {
  const location = { file: path };
  if (size === 0) throw new InputError('empty', location, 'the file is empty');
  const head = await readHead(path);
  const kind = detectFileKind(path, Buffer.from(head).toString('latin1'));
  if (kind !== 'jsonl' && size > settings.maxFileBytes) {
    throw new InputError('too-large', location, `the file is ${size} bytes; the limit is ${settings.maxFileBytes}`);
  }
  assertText(head, path);
  if (kind === 'jsonl') {
    yield* readJsonLines(decodedStream(path, sniffEncoding(head)), path, settings);
    return;
  }
  yield* readBytes(await readFile(path), path, kind, settings);
}

/** A whole file or standard input already in memory: text, HTML, feed, or JSONL from stdin. */
async function* readBytes(
  bytes: Uint8Array,
  file: string,
  knownKind: FileKind | null,
  settings: Settings,
): AsyncGenerator<ReadResult> {
  const location = { file };
  if (bytes.length === 0) throw new InputError('empty', location, 'the input is empty');
  assertText(bytes.subarray(0, SNIFF_BYTES), file);
  const { text } = decodeBytes(bytes);
  if (text.trim() === '') throw new InputError('empty', location, 'the input holds only white space');
  const kind = knownKind ?? sniffKind(text);
  const input = { source: file, file };
  switch (kind) {
    case 'text':
      yield article(readTextArticle({ ...input, text }, settings));
      return;
    case 'html':
      yield article(readHtmlArticle({ ...input, html: text }, settings));
      return;
    case 'feed':
      for (const item of readFeedArticles({ ...input, xml: text }, settings)) yield article(item);
      return;
    case 'json':
      yield* readJsonDocument({ text, file }, settings);
      return;
    case 'jsonl':
      yield* readJsonLines(Readable.from([text]), file, settings);
  }
}

function article(raw: RawArticle): ReadResult {
  return { kind: 'article', article: raw };
}

/** NUL bytes do not occur in text (UTF-16 aside, which news archives do not use). */
function assertText(head: Uint8Array, file: string): void {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) {
    throw new InputError('binary', { file }, 'this is a binary file, not text');
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function decodedStream(path: string, encoding: string): Readable {
  const bytes = createReadStream(path);
  if (encoding === 'utf-8') return bytes.setEncoding('utf8');
  return bytes.pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

/** Standard input: JSONL is streamed line by line; any other format is read whole. */
async function* readStdin(stdin: Readable, settings: Settings): AsyncGenerator<ReadResult> {
  const chunks = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) throw new InputError('empty', { file: STDIN }, 'standard input is empty');
  const head = toBuffer(first.value);
  const rest = { [Symbol.asyncIterator]: () => chunks };
  if (sniffKind(head.toString('latin1')) === 'jsonl') {
    assertText(head, STDIN);
    const bytes = Readable.from(prepend(head, rest));
    const encoding = sniffEncoding(head);
    const text = encoding === 'utf-8' ? bytes.setEncoding('utf8') : bytes.pipe(iconv.decodeStream(encoding));
    yield* readJsonLines(text as unknown as Readable, STDIN, settings);
    return;
  }
  yield* readBytes(await collect(prepend(head, rest), settings), STDIN, null, settings);
}

async function* prepend(head: Buffer, rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  yield head;
  for await (const chunk of rest) yield toBuffer(chunk);
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

async function collect(stream: AsyncIterable<Buffer>, settings: Settings): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk;
    total += buffer.length;
    if (total > settings.maxFileBytes) {
      throw new InputError('too-large', { file: STDIN }, `standard input is over ${settings.maxFileBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function entryName(entry: InputEntry): string {
  return entry.kind === 'stdin' ? STDIN : entry.path;
}
