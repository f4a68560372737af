import { useEffect, useMemo, useState } from 'preact/hooks';
import { AnnotatedText } from '../components/annotated-text.tsx';
import { documentMarks, LAYER_KEYS, layerCounts, type DocumentMark, type LayerKey } from '../components/document-marks.ts';
import { LayerToggles } from '../components/layer-toggles.tsx';
import { Published } from '../components/published.tsx';
import { RemovedList } from '../components/removed-list.tsx';
import { Status } from '../components/status.tsx';
import { useData, useReady } from '../components/use-data.ts';
import { useI18n } from '../i18n/index.ts';
import { href, type Route } from '../router.ts';
import { takeData, viewData } from './view-data.ts';

/** One document: metadata, the text with its layers, and what cleaning removed. */
export function DocumentView({ route }: { route: Route }) {
  const { t } = useI18n();
  const id = route.id ?? '';
  const state = useData(() => takeData(`document/${id}`, () => viewData.document(id)), [id]);
  const [shown, setShown] = useState<ReadonlySet<LayerKey>>(() => new Set(LAYER_KEYS));
  const at = Number(route.params.get('at') ?? NaN);
  const end = Number(route.params.get('end') ?? NaN);
  const document = state.kind === 'done' ? state.data : null;
  const marks = useMemo(() => {
    if (!document) return [];
    const all: DocumentMark[] = documentMarks(document, shown, t);
    if (Number.isInteger(at) && Number.isInteger(end) && end > at) {
      all.push({ layer: 'target', start: at, end, index: 0, className: 'mark target', title: '' });
    }
    return all;
  }, [document, shown, t, at, end]);
  const ready = useReady(document !== null || state.kind === 'error');
  useEffect(() => {
    if (ready) globalThis.document.querySelector('.mark.target')?.scrollIntoView({ block: 'center' });
  }, [ready, at]);
  const toggle = (layer: LayerKey, on: boolean): void => {
    const next = new Set(shown);
    if (on) next.add(layer);
    else next.delete(layer);
    setShown(next);
  };
  return (
    <section class="view document" data-view="document" data-ready={ready ? 'true' : undefined}>
      <Status state={state}>
        {(doc) => (
          <>
            <h1>{doc.title ?? t('doc.untitled')}</h1>
            <dl class="meta">
              <dt>{t('doc.published')}</dt>
              <dd><Published published={doc.published} /></dd>
              <dt>{t('doc.source')}</dt>
              <dd>{doc.source}</dd>
              {doc.url && (<><dt>{t('doc.url')}</dt><dd><a href={doc.url} rel="noreferrer">{doc.url}</a></dd></>)}
              <dt>{t('doc.format')}</dt>
              <dd>{doc.format}</dd>
              <dt>{t('doc.story')}</dt>
              <dd>{doc.story ? <a href={href('story', doc.story)}>{doc.story}</a> : <span class="muted">{t('state.none')}</span>}</dd>
              <dt>{t('doc.duplicates')}</dt>
              <dd>
                {doc.duplicates.length === 0 ? <span class="muted">{t('state.none')}</span> : doc.duplicates.map((duplicate) => (
                  <span class="duplicate">
                    <a href={href('document', duplicate.document)}>{duplicate.document}</a> ({t('doc.similarity', { value: duplicate.similarity.toFixed(2) })}){' '}
                  </span>
                ))}
              </dd>
            </dl>
            <LayerToggles shown={shown} counts={layerCounts(doc)} onChange={toggle} />
            <AnnotatedText text={doc.text} marks={marks} />
            <RemovedList removed={doc.removed} />
          </>
        )}
      </Status>
    </section>
  );
}
