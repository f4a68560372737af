import { readdir, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';

/** One thing to read: a file, standard input, or a path that is not there. */
export type InputEntry =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'missing'; readonly path: string; readonly reason: string };

/**
 * Expands the paths given on the command line: files as they are, folders recursively in
 * name order (hidden entries skipped), `-` as standard input. Lazy, so a folder of a million
 * files is walked, not listed whole.
 */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    yield* walk(displayPath(path));
  }
}

async function* walk(path: string): AsyncGenerator<InputEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { kind: 'missing', path, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot open (${code})` };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path, size: info.size };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: 'missing', path, reason: 'not a regular file or folder' };
    return;
  }
  const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) yield* walk(join(path, name));
}

/** Paths inside the working folder are shown and keyed relative to it, so ids do not depend on
 * where a checkout lives. */
function displayPath(path: string): string {
  if (!isAbsolute(path)) return join(path);
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
}
