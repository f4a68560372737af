import type { PublishedDate } from '../../doc/types.ts';
import { parsePublished } from '../../doc/published.ts';

export interface HtmlMetadata {
  readonly title: string | null;
  readonly canonicalUrl: string | null;
  readonly published: PublishedDate | null;
}

/** The bits of DOM this module reads; linkedom and browsers both provide them. */
interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Meta tags that carry the publication date, most specific first. */
const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dcterms.created"]',
  'meta[name="DC.date.issued"]',
];

/**
 * Title, canonical URL and publication date from a page's metadata: Open Graph and article
 * meta tags, JSON-LD `datePublished`, then the first `<time datetime>`.
 */
export function readHtmlMetadata(document: QueryableDocument): HtmlMetadata {
  return {
    title: attribute(document, 'meta[property="og:title"]', 'content'),
    canonicalUrl:
      attribute(document, 'link[rel="canonical"]', 'href') ??
      attribute(document, 'meta[property="og:url"]', 'content'),
    published: publishedDate(document),
  };
}

function publishedDate(document: QueryableDocument): PublishedDate | null {
  for (const selector of DATE_META_SELECTORS) {
    const date = parsePublished(attribute(document, selector, 'content'));
    if (date) return date;
  }
  const fromJsonLd = jsonLdDatePublished(document);
  if (fromJsonLd) return fromJsonLd;
  return parsePublished(attribute(document, 'time[datetime]', 'datetime'));
}

function jsonLdDatePublished(document: QueryableDocument): PublishedDate | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and not our input's main text
    }
    const found = findDatePublished(data);
    const date = parsePublished(found);
    if (date) return date;
  }
  return null;
}

/** JSON-LD nests: an `@graph`, arrays of items, a NewsArticle inside a WebPage. */
function findDatePublished(data: unknown): string | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  for (const value of Object.values(record)) {
    if (typeof value === 'object') {
      const found = findDatePublished(value);
      if (found) return found;
    }
  }
  return null;
}

function attribute(document: QueryableDocument, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}
