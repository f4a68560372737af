import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { Settings } from '../../config/settings.ts';
import { parsePublished } from '../../doc/published.ts';
import { InputError } from '../../errors.ts';
import type { RawArticle } from '../raw-article.ts';
import { htmlToParagraphs } from './html-text.ts';

export interface FeedInput {
  readonly xml: string;
  readonly source: string;
  readonly file: string;
}

/**
 * Reads an RSS 2.0 or Atom feed: one article per item, its text from `content:encoded` or
 * Atom `content`, else `description`/`summary`. The XML is checked first so a broken feed is
 * reported with its line instead of being half-read.
 */
export function readFeedArticles(input: FeedInput, _settings: Settings): RawArticle[] {
  const validation = XMLValidator.validate(input.xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    throw new InputError('bad-xml', { file: input.file, line }, `broken XML: ${msg}`);
  }
  const feed = parseFeed(input.xml);
  const format = feed.meta.type === 'atom' ? 'atom' : 'rss';
  return feed.items.flatMap((item, index): RawArticle[] => {
    const html = item.content ?? item.description ?? '';
    const { body, removed } = htmlToParagraphs(html);
    if (body === '') return [];
    const key = item.id ?? item.url ?? `${input.source}#${index + 1}`;
    return [
      {
        source: item.url ?? `${input.source}#${index + 1}`,
        sourceKey: `feed:${key}`,
        location: { file: input.file },
        format,
        url: item.url,
        title: item.title?.trim() || null,
        published: parsePublished(item.published?.toISOString() ?? null),
        body,
        bodyOffset: 0,
        removed,
      },
    ];
  });
}
