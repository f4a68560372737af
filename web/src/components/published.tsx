import type { PublishedDate } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { formatPublished, formatSpan } from './dates.ts';

/** A published date at its own precision; a coarse date says so and shows its span on hover. */
export function Published({ published }: { published: PublishedDate | null }) {
  const { language, t } = useI18n();
  const text = formatPublished(published, language);
  if (!published || text === null) return <span class="muted">{t('state.none')}</span>;
  const coarse = published.precision === 'month' || published.precision === 'year';
  return (
    <time dateTime={published.value} title={formatSpan(published.first ?? null, published.last ?? null, language)} data-precision={published.precision}>
      {text}
      {coarse && <span class="precision"> ({t('precision.note', { precision: t(`precision.${published.precision}`) })})</span>}
    </time>
  );
}
