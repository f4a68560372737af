import { useI18n } from '../i18n/index.ts';

/** Previous and next links of a paged list, and which items are shown. */
export function Pager({ total, offset, limit, link }: { total: number; offset: number; limit: number; link: (offset: number) => string }) {
  const { t } = useI18n();
  if (total === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))} rel="prev">{t('page.previous')}</a> : <span />}
      <span class="muted">{t('page.range', { first: offset + 1, last, total })}</span>
      {last < total ? <a href={link(offset + limit)} rel="next">{t('page.next')}</a> : <span />}
    </nav>
  );
}
