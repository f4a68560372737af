import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Settings } from '../../config/settings.ts';
import { InputError } from '../../errors.ts';
import type { RawArticle } from '../raw-article.ts';
import { htmlToParagraphs } from './html-text.ts';
import { readHtmlMetadata } from './html-metadata.ts';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

export interface HtmlInput {
  readonly html: string;
  readonly source: string;
  readonly file: string;
}

/**
 * Reads one HTML page: metadata first (Readability rewrites the document), then the main
 * text by Mozilla Readability, turned into paragraphs.
 */
export function readHtmlArticle(input: HtmlInput, _settings: Settings): RawArticle {
  const { document } = parseHTML(input.html);
  const metadata = readHtmlMetadata(document);
  const article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
  const content = article?.content ?? document.body?.innerHTML ?? '';
  const { body, removed } = htmlToParagraphs(content);
  if (body.trim() === '') {
    throw new InputError('no-text', { file: input.file }, 'no article text found in the HTML page');
  }
  const url = metadata.canonicalUrl;
  return {
    source: url ?? input.source,
    sourceKey: url ? `url:${url}` : `file:${input.source}`,
    location: { file: input.file },
    format: 'html',
    url,
    title: cleanTitle(metadata.title ?? article?.title ?? null),
    published: metadata.published,
    body,
    bodyOffset: 0,
    removed,
  };
}

function cleanTitle(title: string | null): string | null {
  const trimmed = title?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
