/**
 * Splits a text into pieces at every boundary of a set of possibly overlapping marks, so each
 * piece is covered by a fixed set of marks. Rendering each piece once, wrapped in its marks
 * (outermost first), shows overlapping spans correctly without repeating any text: a quote
 * that holds a name and a figure, or a time expression that crosses a quote's end.
 */

/** One highlighted range of the text. Offsets are UTF-16 indices, end exclusive. */
export interface TextMark<K extends string = string> {
  readonly layer: K;
  readonly start: number;
  readonly end: number;
  /** Index of the span in its layer, so the page can point back at it. */
  readonly index: number;
}

export interface TextPiece<M extends TextMark> {
  readonly start: number;
  readonly end: number;
  /** The marks covering the whole piece, outermost (longest) first. */
  readonly marks: readonly M[];
}

/** The pieces of `text` (every character in exactly one piece, in order). */
export function splitIntoPieces<M extends TextMark>(length: number, marks: readonly M[], layerOrder: readonly string[] = []): TextPiece<M>[] {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= length);
  const boundaries = new Set<number>([0, length]);
  for (const mark of valid) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const rank = (mark: M): number => {
    const at = layerOrder.indexOf(mark.layer);
    return at < 0 ? layerOrder.length : at;
  };
  const outerFirst = (a: M, b: M): number => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start;

  const pieces: TextPiece<M>[] = [];
  let active: M[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((mark) => mark.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const mark = byStart[next++]!;
      if (mark.end > start) active.push(mark);
    }
    pieces.push({ start, end, marks: [...active].sort(outerFirst) });
  }
  return pieces;
}
