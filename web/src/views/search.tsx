import { useEffect, useState } from 'preact/hooks';
import { api, type Paged, type SearchHit } from '../api.ts';
import { Highlighted } from '../components/highlighted.tsx';
import { Pager } from '../components/pager.tsx';
import { Published } from '../components/published.tsx';
import { Status } from '../components/status.tsx';
import { useData, useReady } from '../components/use-data.ts';
import { useI18n } from '../i18n/index.ts';
import { href, type Route } from '../router.ts';

/** Hits per page. */
const PAGE_SIZE = 20;

/** The query box with date filters, and the hits of the query in the route. */
export function SearchView({ route }: { route: Route }) {
  const { t } = useI18n();
  const q = route.params.get('q') ?? '';
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState({ q, from, to });
  useEffect(() => setDraft({ q, from, to }), [q, from, to]);
  const state = useData<Paged<SearchHit> | null>(
    () => (q.trim() === '' ? Promise.resolve(null) : api.search({ q, from, to, offset, limit: PAGE_SIZE })),
    [q, from, to, offset],
  );
  const ready = useReady(state.kind !== 'loading');
  const submit = (event: Event): void => {
    event.preventDefault();
    location.hash = href('search', undefined, { q: draft.q.trim(), from: draft.from, to: draft.to });
  };
  return (
    <section class="view search" data-view="search" data-ready={ready ? 'true' : undefined}>
      <h1>{t('search.heading')}</h1>
      <form class="search-form" onSubmit={submit}>
        <label>
          {t('search.query')}
          <input type="search" name="q" value={draft.q} placeholder={t('search.placeholder')} onInput={(event) => setDraft({ ...draft, q: event.currentTarget.value })} />
        </label>
        <label>
          {t('search.from')}
          <input type="date" name="from" value={draft.from} onInput={(event) => setDraft({ ...draft, from: event.currentTarget.value })} />
        </label>
        <label>
          {t('search.to')}
          <input type="date" name="to" value={draft.to} onInput={(event) => setDraft({ ...draft, to: event.currentTarget.value })} />
        </label>
        <button type="submit">{t('search.submit')}</button>
      </form>
      <Status state={state}>
        {(page) =>
          page === null ? (
            <p class="muted">{t('search.hint')}</p>
          ) : (
            <>
              <p class="muted" data-total={page.total}>{t('search.results', { total: page.total })}</p>
              {page.items.length === 0 && <p>{t('state.empty')}</p>}
              <ol class="hits" start={offset + 1}>
                {page.items.map((hit) => (
                  <li class="hit" key={hit.id}>
                    <a class="hit-title" href={href('document', hit.id, { at: hit.snippet.offset + (hit.snippet.highlights[0]?.start ?? 0), end: hit.snippet.offset + (hit.snippet.highlights[0]?.end ?? 0) })}>
                      {hit.title ?? hit.source}
                    </a>
                    <div class="muted small">
                      <Published published={hit.published} /> · {hit.source} · {t('search.score', { score: hit.score.toPrecision(2) })}
                    </div>
                    <p class="snippet">
                      <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} markClass="hit-mark" />
                    </p>
                  </li>
                ))}
              </ol>
              <Pager total={page.total} offset={offset} limit={PAGE_SIZE} link={(next) => href('search', undefined, { q, from, to, offset: next })} />
            </>
          )
        }
      </Status>
    </section>
  );
}
