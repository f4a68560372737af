import type { StorySummary } from '../api.ts';
import { ArticleChart } from '../components/article-chart.tsx';
import { formatSpan } from '../components/dates.ts';
import { Status } from '../components/status.tsx';
import { StoryList } from '../components/story-list.tsx';
import { useData, useReady } from '../components/use-data.ts';
import { useI18n } from '../i18n/index.ts';
import { href, type Route } from '../router.ts';
import { STORIES_CONSIDERED, takeData, viewData } from './view-data.ts';

/** Stories shown on the overview. */
const LATEST_STORIES = 8;

/** Newest first by the end of their period, then by size. */
function newestFirst(stories: readonly StorySummary[]): StorySummary[] {
  return [...stories].sort((a, b) => (b.end ?? '').localeCompare(a.end ?? '') || b.articles - a.articles);
}

/** Counts, latest stories, the most mentioned entities and articles over time. */
export function OverviewView(_props: { route: Route }) {
  const { language, t } = useI18n();
  const state = useData(() => takeData('overview', viewData.overview), []);
  const ready = useReady(state.kind === 'done');
  return (
    <section class="view overview" data-view="overview" data-ready={ready ? 'true' : undefined}>
      <h1>{t('overview.heading')}</h1>
      <Status state={state}>
        {([stats, stories, timeline, entities]) => (
          <>
            <dl class="counts">
              {([
                ['overview.documents', stats.documents],
                ['overview.sources', stats.sources],
                ['overview.entities', stats.entities],
                ['overview.stories', stats.stories],
                ['overview.duplicates', stats.duplicates],
              ] as const).map(([key, value]) => (
                <div class="count" data-count={key.split('.')[1]}>
                  <dt>{t(key)}</dt>
                  <dd>{value.toLocaleString(language)}</dd>
                </div>
              ))}
            </dl>
            {stats.dates && (
              <p class="muted">
                {t('overview.period')}: {formatSpan(stats.dates.first, stats.dates.last, language)}
                {stats.undated > 0 && ` · ${stats.undated} ${t('overview.undated')}`}
              </p>
            )}
            <div class="columns">
              <section>
                <h2>{t('overview.latestStories')}</h2>
                <p class="muted small">{t('overview.latestStoriesNote', { count: Math.min(stories.total, STORIES_CONSIDERED) })}</p>
                <StoryList stories={newestFirst(stories.items).slice(0, LATEST_STORIES)} />
              </section>
              <section>
                <h2>{t('overview.topEntities')}</h2>
                <ul class="entity-chips">
                  {entities.items.map((entity) => (
                    <li>
                      <a class={`chip entity-${entity.type}`} href={href('entity', entity.id)} title={t(`entity.type.${entity.type}`)}>
                        {entity.name} <span class="muted">{entity.mention_count}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <section>
              <h2>{t('overview.timeline')}</h2>
              <ArticleChart buckets={timeline.items} />
            </section>
          </>
        )}
      </Status>
    </section>
  );
}
