import type { PublishedDate } from '../../doc/types.ts';
import { parsePublished } from '../../doc/published.ts';
import type { Settings } from '../../config/settings.ts';
import type { RawArticle } from '../raw-article.ts';
import { detectTitleLine } from './title.ts';

/** The seed format: ` date 2021-11 ` then the article, all on the first line. */
const SEED_HEADER = /^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)[ \t]+/;
/** A plain-text header line such as `Date: 2021-11-17` or `datum: 2021-11-17T10:00+01:00`. */
const DATE_HEADER_LINE = /^[ \t]*(?:date|datum)[ \t]*:[ \t]*([^\n]+?)[ \t]*\r?\n/i;

export interface TextInput {
  readonly text: string;
  readonly source: string;
  readonly file: string;
}

/**
 * Reads a seed file or a plain-text article. The date comes only from a header in the text:
 * a file's modification time is not a publication date, so without a header it is unknown.
 */
export function readTextArticle(input: TextInput, settings: Settings): RawArticle {
  const header = readHeader(input.text);
  const rest = input.text.slice(header.length);
  const title = detectTitleLine(rest, settings);
  const bodyOffset = header.length + (title?.consumed ?? 0);
  return {
    source: input.source,
    sourceKey: `file:${input.source}`,
    location: { file: input.file },
    format: header.seed ? 'seed' : 'text',
    url: null,
    title: title?.title ?? null,
    published: header.published,
    body: input.text.slice(bodyOffset),
    bodyOffset,
    removed: [],
  };
}

interface Header {
  readonly length: number;
  readonly published: PublishedDate | null;
  readonly seed: boolean;
}

function readHeader(text: string): Header {
  const seed = SEED_HEADER.exec(text);
  if (seed) return { length: seed[0].length, published: parsePublished(seed[1]), seed: true };
  const line = DATE_HEADER_LINE.exec(text);
  if (line) {
    const published = parsePublished(line[1]);
    if (published) return { length: line[0].length, published, seed: false };
  }
  return { length: 0, published: null, seed: false };
}
