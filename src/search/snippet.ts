import { foldWord, termsOf } from './terms.ts';

/** A passage of a document with the words that matched the query. */
export interface Snippet {
  readonly text: string;
  /** Offsets into `text` of each highlighted word. */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
  /** Where `text` starts in the document's cleaned text. */
  readonly offset: number;
}

/**
 * The window of about `width` characters with the most matching words, cut at word
 * boundaries. Matching is by stem, so `protesten` highlights `protest` too; SQLite's own
 * snippet() cannot do this because the index holds stems, not the text.
 */
export function makeSnippet(
  text: string,
  matches: (stem: string, folded: string) => boolean,
  width: number,
): Snippet {
  const hits = termsOf(text).filter((term) => matches(term.stem, foldWord(text.slice(term.start, term.end))));
  const anchor = bestWindowStart(hits.map((hit) => hit.start), width);
  let start = Math.max(0, Math.min(anchor - Math.floor(width / 5), text.length - width));
  let end = Math.min(text.length, start + width);
  start = skipSpace(text, wordBoundary(text, start, -1));
  end = wordBoundary(text, end, 1);
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit) => ({ start: hit.start - start, end: hit.end - start }));
  // Line breaks become spaces one for one, so highlight offsets stay valid.
  return { text: text.slice(start, end).replace(/\n/g, ' ').trimEnd(), highlights, offset: start };
}

/** Start of the densest cluster of hits within `width` characters (first hit wins ties). */
function bestWindowStart(positions: readonly number[], width: number): number {
  let best = positions[0] ?? 0;
  let bestCount = 0;
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    while (positions[right]! - positions[left]! > width * 0.8) left += 1;
    if (right - left + 1 > bestCount) {
      bestCount = right - left + 1;
      best = positions[left]!;
    }
  }
  return best;
}

function wordBoundary(text: string, index: number, direction: -1 | 1): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  let position = index;
  while (position > 0 && position < text.length && /[\p{L}\p{N}]/u.test(text[position - 1]!) && /[\p{L}\p{N}]/u.test(text[position]!)) {
    position += direction;
  }
  return position;
}

function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && /\s/.test(text[position]!)) position += 1;
  return position;
}

/** The snippet with its highlights wrapped in `open` and `close` (for terminals and HTML). */
export function markSnippet(snippet: Snippet, open: string, close: string): string {
  let out = '';
  let position = 0;
  for (const { start, end } of snippet.highlights) {
    out += snippet.text.slice(position, start) + open + snippet.text.slice(start, end) + close;
    position = end;
  }
  return out + snippet.text.slice(position);
}
