import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { DocumentMark } from './document-marks.ts';
import { MARK_ORDER } from './document-marks.ts';
import { splitIntoPieces } from './text-pieces.ts';

/**
 * The cleaned text with its marks: each piece of text once, wrapped in every mark that covers
 * it, outermost first. A mark split by another mark's boundary becomes several elements that
 * share `data-layer` and `data-index`. Only the outermost link of a piece is a link (links do
 * not nest in HTML); inner marks with a link stay plain marks.
 */
export function AnnotatedText({ text, marks }: { text: string; marks: readonly DocumentMark[] }) {
  const pieces = useMemo(() => splitIntoPieces(text.length, marks, MARK_ORDER), [text, marks]);
  return (
    <div class="document-text" lang="nl">
      {pieces.map((piece) => {
        let content: ComponentChildren = text.slice(piece.start, piece.end);
        const linkAt = piece.marks.findIndex((mark) => mark.href !== undefined);
        for (let i = piece.marks.length - 1; i >= 0; i--) {
          const mark = piece.marks[i]!;
          const common = {
            class: mark.className, title: mark.title, 'data-layer': mark.layer, 'data-index': mark.index,
            // The badge is a CSS ::before on the mark's first piece, so it never enters the text.
            ...(mark.label && piece.start === mark.start ? { 'data-label': mark.label } : {}),
          };
          content = i === linkAt ? <a {...common} href={mark.href}>{content}</a> : <span {...common}>{content}</span>;
        }
        return content;
      })}
    </div>
  );
}
