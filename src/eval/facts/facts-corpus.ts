import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DocumentBuilder } from '../../annotate/document-builder.ts';
import type { Settings } from '../../config/settings.ts';
import type { Document } from '../../doc/types.ts';
import { InputError } from '../../errors.ts';
import { readInputs } from '../../ingest/read-inputs.ts';
import type { MentionLink } from '../../relate/entities/entity.ts';
import { entityDocument } from '../../relate/entities/entity-document.ts';
import { resolveEntities } from '../../relate/entities/resolve-entities.ts';

/** The file in a gold folder that names its articles: one path (file or folder) a line, relative to the folder. */
export const CORPUS_FILE = 'corpus';

/** One article of a gold corpus, annotated by the default pipeline. */
export interface FactsDocument {
  /** How the gold files name it: a JSONL record's `id`, or a file's name without its extension. */
  readonly key: string;
  readonly document: Document;
  /** Its mentions' entity links, resolved over the whole gold corpus as ingest would. */
  readonly links: readonly MentionLink[];
}

/** The annotated articles of a gold folder, and how long annotating them took. */
export interface FactsCorpus {
  readonly documents: ReadonlyMap<string, FactsDocument>;
  readonly seconds: number;
}

/**
 * Reads the articles a gold folder names (its `corpus` file), runs the default annotators over
 * them and resolves their entities, as `kroniek ingest` would, without a store.
 */
export async function loadFactsCorpus(goldDir: string, settings: Settings): Promise<FactsCorpus> {
  const listFile = join(goldDir, CORPUS_FILE);
  const paths = readFileSync(listFile, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => resolve(dirname(listFile), line));
  const builder = await DocumentBuilder.create(settings);
  const started = performance.now();
  const built: { key: string; document: Document }[] = [];
  for await (const result of readInputs(paths, settings)) {
    if (result.kind === 'failure') throw new InputError('bad-record', result.location, result.message);
    built.push({ key: articleKey(result.article.sourceKey), document: builder.build(result.article) });
  }
  const { links } = resolveEntities(built.map(({ document }) => entityDocument(document)));
  const seconds = (performance.now() - started) / 1000;
  const documents = new Map<string, FactsDocument>();
  for (const { key, document } of built) {
    documents.set(key, { key, document, links: links.filter((link) => link.document === document.id) });
  }
  return { documents, seconds };
}

/** `id:abc` -> `abc`; `file:examples/seeds/001_fcec.txt` -> `001_fcec`. */
function articleKey(sourceKey: string): string {
  const [kind, ...rest] = sourceKey.split(':');
  const value = rest.join(':');
  if (kind === 'id') return value;
  const name = basename(value);
  return name.slice(0, name.length - extname(name).length);
}
