import type { ComponentChildren } from 'preact';
import type { Range } from '../api.ts';

/**
 * A text with some ranges marked (`<mark>`), e.g. search hits in a snippet or a mention in its
 * sentence. Ranges are sorted and clipped; overlapping ones are merged so no text repeats.
 */
export function Highlighted({ text, ranges, markClass }: { text: string; ranges: readonly Range[]; markClass?: string }) {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark class={markClass}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
