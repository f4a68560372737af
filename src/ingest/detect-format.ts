import { extname } from 'node:path';

export type FileKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The reader for a file: by its extension, else by a look at its first characters. */
export function detectFileKind(path: string, head: string): FileKind {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? sniffKind(head);
}

/** Standard input and files without a known extension are recognised by their content. */
export function sniffKind(head: string): FileKind {
  const start = head.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('{')) return 'jsonl';
  if (/^(<\?xml[^>]*>\s*)?<(rss|feed|rdf:rdf)[\s>]/.test(start)) return 'feed';
  if (start.startsWith('<')) return 'html';
  return 'text';
}
