import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DocumentBuilder } from '../../src/annotate/document-builder.ts';
import { DEFAULT_SETTINGS } from '../../src/config/settings.ts';
import { readInputs } from '../../src/ingest/read-inputs.ts';

/** What a golden fixture records of each article, beside its cleaned text. */
export interface GoldenDocument {
  readonly source: string;
  readonly format: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: unknown;
  readonly removed: unknown;
  readonly segments: unknown;
}

export interface GoldenOutput {
  /** Cleaned texts, one per document, separated by DOCUMENT_SEPARATOR. */
  readonly text: string;
  readonly json: {
    readonly documents: readonly GoldenDocument[];
    readonly failures: readonly { readonly line: number | null; readonly code: string }[];
  };
}

export const DOCUMENT_SEPARATOR = '\n\n======== next document ========\n\n';

/** Every fixture folder: each holds a `source.*` input and its expected output. */
export function fixtureCases(root: string): { name: string; dir: string; source: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      const source = readdirSync(dir).find((name) => name.startsWith('source.'));
      if (!source) throw new Error(`${dir}: no source.* file`);
      return { name: entry.name, dir, source: join(dir, source) };
    });
}

/** Reads and cleans one fixture's input exactly as `kroniek ingest` does. */
export async function goldenOutput(source: string, fixtureDir: string): Promise<GoldenOutput> {
  const builder = await DocumentBuilder.create(DEFAULT_SETTINGS);
  const texts: string[] = [];
  const documents: GoldenDocument[] = [];
  const failures: { line: number | null; code: string }[] = [];
  const local = (path: string): string => (path.includes(fixtureDir) ? relative(fixtureDir, path) : path);
  for await (const result of readInputs([source], DEFAULT_SETTINGS)) {
    if (result.kind === 'failure') {
      failures.push({ line: result.location.line ?? null, code: result.code });
      continue;
    }
    const document = builder.build(result.article);
    texts.push(document.text);
    documents.push({
      source: local(document.source).replace(/^.*test\/fixtures\/[^/]+\//, ''),
      format: document.format,
      url: document.url,
      title: document.title,
      published: document.published,
      removed: document.removed,
      segments: document.layers.segments ?? [],
    });
  }
  return { text: texts.join(DOCUMENT_SEPARATOR) + '\n', json: { documents, failures } };
}
