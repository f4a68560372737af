import type { StorySummary } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { href } from '../router.ts';
import { formatSpan } from './dates.ts';

/** Stories as links with their period, size and main entities. */
export function StoryList({ stories }: { stories: readonly StorySummary[] }) {
  const { language, t } = useI18n();
  if (stories.length === 0) return <p class="muted">{t('state.empty')}</p>;
  return (
    <ul class="story-list">
      {stories.map((story) => (
        <li key={story.id}>
          <a href={href('story', story.id)}>{story.label}</a>
          <div class="muted small">
            {formatSpan(story.start, story.end, language)} · {t('story.articles', { count: story.articles })} · {story.open ? t('story.open') : t('story.closed')}
          </div>
          <div class="small">{story.entities.map((entity) => entity.name).join(', ')}</div>
        </li>
      ))}
    </ul>
  );
}
