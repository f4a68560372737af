import type { TimelineEntry } from '../api.ts';
import { ConflictColumns } from '../components/conflict-columns.tsx';
import { formatSpan } from '../components/dates.ts';
import { Highlighted } from '../components/highlighted.tsx';
import { Published } from '../components/published.tsx';
import { QuoteList } from '../components/quote-list.tsx';
import { Status } from '../components/status.tsx';
import { TimelineChart } from '../components/timeline-chart.tsx';
import { useData, useReady } from '../components/use-data.ts';
import { useI18n } from '../i18n/index.ts';
import { href, type Route } from '../router.ts';
import { takeData, viewData } from './view-data.ts';

/** Timeline entries listed under the chart, in date order. */
const TIMELINE_LISTED = 60;

/** One story: articles, timeline of events, quotes, figures and conflicts side by side. */
export function StoryView({ route }: { route: Route }) {
  const { language, t } = useI18n();
  const id = route.id ?? '';
  const state = useData(() => takeData(`story/${id}`, () => viewData.story(id)), [id]);
  const ready = useReady(state.kind !== 'loading');
  return (
    <section class="view story" data-view="story" data-ready={ready ? 'true' : undefined}>
      <Status state={state}>
        {(story) => (
          <>
            <p class="eyebrow">{t('story.heading')}</p>
            <h1>{story.label}</h1>
            <p class="muted">
              {t('story.period')}: {formatSpan(story.start, story.end, language)} · {story.open ? t('story.open') : t('story.closed')}
            </p>
            <p class="small">
              <strong>{t('story.entities')}:</strong> {story.entities.slice(0, 12).map((entity) => `${entity.name} (${entity.articles})`).join(', ')}
            </p>
            <section>
              <h2>{t('story.articles', { count: story.articles.length })}</h2>
              <ul class="articles">
                {story.articles.map((article) => (
                  <li data-document={article.id}>
                    <a href={href('document', article.id)}>{article.title ?? article.source}</a>
                    <span class="small muted"> · <Published published={article.published} /> · {article.source}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>{t('story.conflicts')}</h2>
              {story.conflicts.length === 0 ? <p class="muted">{t('story.conflictsNone')}</p> : story.conflicts.map((conflict) => <ConflictColumns conflict={conflict} />)}
            </section>
            <section>
              <h2>{t('story.timeline')}</h2>
              <TimelineChart entries={story.timeline} label={t('story.timeline')} />
              <TimelineList entries={story.timeline} />
            </section>
            <section>
              <h2>{t('story.quotes')}</h2>
              <QuoteList quotes={story.quotes} />
            </section>
            <section>
              <h2>{t('story.figures')}</h2>
              {story.figures.length === 0 ? <p class="muted">{t('state.none')}</p> : (
                <ul class="figures">
                  {story.figures.map((figure) => (
                    <li>
                      <a href={href('document', figure.document, { at: figure.start, end: figure.end })}>
                        <Highlighted text={figure.sentence.text} ranges={[{ start: figure.start - figure.sentence.start, end: figure.end - figure.sentence.start }]} />
                      </a>
                      <span class="small muted"> · {figure.about ?? ''}{figure.source && <> · {t('figure.source', { source: figure.source.text })}</>}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Status>
    </section>
  );
}

/** The timeline's entries as text: date span, kind, and a link to where the text says it. */
function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  const { language, t } = useI18n();
  return (
    <ol class="timeline-list">
      {entries.slice(0, TIMELINE_LISTED).map((entry) => (
        <li class={`timeline-${entry.kind}`}>
          <span class="when">{formatSpan(entry.first, entry.last, language)}</span>{' '}
          <span class="kind">{t(entry.kind === 'article' ? 'story.kind.article' : 'story.kind.event')}</span>{' '}
          <a href={href('document', entry.document, { at: entry.start, end: entry.end })}>{entry.text}</a>
        </li>
      ))}
    </ol>
  );
}
