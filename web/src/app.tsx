import { useMemo, useState } from 'preact/hooks';
import { I18nContext, LANGUAGES, rememberLanguage, storedLanguage, translator, type I18n, type Language } from './i18n/index.ts';
import { href, useRoute } from './router.ts';
import { prefetchRoute } from './views/view-data.ts';
import { LazyView, type ViewComponent } from './components/lazy-view.tsx';

/** Each view is its own chunk (the overview, entity and story views carry the chart libraries). */
const VIEWS: Readonly<Record<'overview' | 'search' | 'document' | 'entity' | 'story', () => Promise<ViewComponent>>> = {
  overview: () => import('./views/overview.tsx').then((module) => module.OverviewView),
  search: () => import('./views/search.tsx').then((module) => module.SearchView),
  document: () => import('./views/document.tsx').then((module) => module.DocumentView),
  entity: () => import('./views/entity.tsx').then((module) => module.EntityView),
  story: () => import('./views/story.tsx').then((module) => module.StoryView),
};

/** The header (navigation, language switch) and the view the hash names. */
export function App() {
  const route = useRoute();
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const i18n = useMemo<I18n>(() => {
    rememberLanguage(language);
    return { language, t: translator(language), setLanguage: setLanguageState };
  }, [language]);
  const { t } = i18n;
  const viewKey = `${route.view}/${route.id ?? ''}`;
  useMemo(() => prefetchRoute(route), [route]);
  return (
    <I18nContext.Provider value={i18n}>
      <header class="top">
        <a class="brand" href={href('overview')}>{t('app.title')}</a>
        <span class="tagline">{t('app.tagline')}</span>
        <nav>
          <a href={href('overview')} aria-current={route.view === 'overview' ? 'page' : undefined}>{t('nav.overview')}</a>
          <a href={href('search')} aria-current={route.view === 'search' ? 'page' : undefined}>{t('nav.search')}</a>
        </nav>
        <label class="language">
          {t('lang.label')}{' '}
          <select name="language" value={language} onChange={(event) => setLanguageState(event.currentTarget.value as Language)}>
            {LANGUAGES.map((one) => <option value={one}>{t(`lang.${one}`)}</option>)}
          </select>
        </label>
      </header>
      <main key={viewKey}>
        {route.view !== 'unknown' && <LazyView load={VIEWS[route.view]} route={route} />}
        {route.view === 'unknown' && <p class="status error">{t('state.notFound', { id: location.hash })}</p>}
      </main>
    </I18nContext.Provider>
  );
}
