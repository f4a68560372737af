import type { ConflictFigure, ConflictView } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { href } from '../router.ts';
import { Highlighted } from './highlighted.tsx';
import { Published } from './published.tsx';

function sourceText(source: ConflictFigure['source']): string | null {
  if (source === null || source === undefined) return null;
  return typeof source === 'string' ? source : source.text;
}

/**
 * A conflict shown side by side: one column per figure (two, usually), each with its article
 * and the sentence that states it, the differing figure marked.
 */
export function ConflictColumns({ conflict }: { conflict: ConflictView }) {
  const { t } = useI18n();
  return (
    <article class="conflict">
      <h3>{t('story.conflictAbout', { about: conflict.about })}{conflict.unit && ` (${conflict.unit})`}</h3>
      <div class="conflict-columns" style={{ gridTemplateColumns: `repeat(${Math.min(conflict.figures.length, 3)}, minmax(0, 1fr))` }}>
        {conflict.figures.map((figure) => {
          const source = sourceText(figure.source);
          return (
            <div class="conflict-side" data-document={figure.document}>
              <div class="conflict-value">{figure.high != null && figure.high !== figure.value ? `${figure.value}–${figure.high}` : figure.value}</div>
              <a href={href('document', figure.document, { at: figure.start, end: figure.end })}>{figure.title ?? t('doc.untitled')}</a>
              <div class="small muted"><Published published={figure.published} />{source && <> · {t('figure.source', { source })}</>}</div>
              <p class="conflict-sentence">
                <Highlighted text={figure.sentence.text} ranges={[{ start: figure.start - figure.sentence.start, end: figure.end - figure.sentence.start }]} markClass="conflict-figure" />
              </p>
            </div>
          );
        })}
      </div>
    </article>
  );
}
