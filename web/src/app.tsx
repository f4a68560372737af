import { useMemo, useState } from 'preact/hooks';
import { I18nContext, LANGUAGES, rememberLanguage, storedLanguage, translator, type I18n, type Language } from './i18n/index.ts';
import { href, useRoute } from './router.ts';
import { DocumentView } from './views/document.tsx';
import { EntityView } from './views/entity.tsx';
import { OverviewView } from './views/overview.tsx';
import { SearchView } from './views/search.tsx';
import { StoryView } from './views/story.tsx';

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
        {route.view === 'overview' && <OverviewView />}
        {route.view === 'search' && <SearchView route={route} />}
        {route.view === 'document' && <DocumentView route={route} />}
        {route.view === 'entity' && <EntityView route={route} />}
        {route.view === 'story' && <StoryView route={route} />}
        {route.view === 'unknown' && <p class="status error">{t('state.notFound', { id: location.hash })}</p>}
      </main>
    </I18nContext.Provider>
  );
}
