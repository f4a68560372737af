import { parseHTML } from 'linkedom';
import type { Removal } from '../../doc/types.ts';

/** Elements whose text is one paragraph of the article. */
const PARAGRAPH_ELEMENTS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD', 'TH',
]);
/** Elements that hold blocks but are not paragraphs themselves. */
const CONTAINER_ELEMENTS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR',
  'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'BODY', 'HTML',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** Main text as paragraphs, with what was set aside on the way (figure captions). */
export interface HtmlText {
  readonly body: string;
  readonly removed: readonly Removal[];
}

interface MinimalNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<MinimalNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Turns an HTML fragment (Readability's output, a feed item) into paragraphs separated by blank
 * lines. Figure captions are not article text: they are set aside as `caption` removals, with
 * their position in the text they were cut from.
 */
export function htmlToParagraphs(html: string): HtmlText {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  const removed: Removal[] = [];
  let length = 0;
  let inline = '';

  const flush = (): void => {
    const text = collapse(inline);
    inline = '';
    if (text === '') return;
    if (paragraphs.length > 0) length += 2;
    paragraphs.push(text);
    length += text.length;
  };

  const visit = (node: MinimalNode): void => {
    if (node.nodeType === TEXT_NODE) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    if (name === 'BR') {
      inline += ' ';
      return;
    }
    if (name === 'FIGCAPTION') {
      flush();
      const caption = collapse(node.textContent ?? '');
      if (caption) removed.push({ text: caption, reason: 'caption', start: length });
      return;
    }
    const isBlock = PARAGRAPH_ELEMENTS.has(name) || CONTAINER_ELEMENTS.has(name);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (isBlock) flush();
  };

  visit(document.body as unknown as MinimalNode);
  flush();
  return { body: paragraphs.join('\n\n'), removed };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
