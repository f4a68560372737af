import { CooccurrenceGraph } from '../components/cooccurrence-graph.tsx';
import { Highlighted } from '../components/highlighted.tsx';
import { QuoteList } from '../components/quote-list.tsx';
import { Status } from '../components/status.tsx';
import { TimelineChart } from '../components/timeline-chart.tsx';
import { useData, useReady } from '../components/use-data.ts';
import { useI18n } from '../i18n/index.ts';
import { href, type Route } from '../router.ts';
import { takeData, viewData } from './view-data.ts';

/** Mentions in context shown at first; the API gives at most 200. */
const MENTIONS_SHOWN = 40;

/** One entity: names, roles, mentions in context, timeline, co-occurrence graph, quotes. */
export function EntityView({ route }: { route: Route }) {
  const { language, t } = useI18n();
  const id = route.id ?? '';
  const state = useData(() => takeData(`entity/${id}`, () => viewData.entity(id)), [id]);
  const ready = useReady(state.kind !== 'loading');
  return (
    <section class="view entity" data-view="entity" data-ready={ready ? 'true' : undefined}>
      <Status state={state}>
        {([entity, timeline]) => (
          <>
            <h1>
              <span class={`type-badge entity-${entity.type}`}>{entity.type}</span> {entity.name}
            </h1>
            <p class="muted">
              {t('entity.type')}: {t(`entity.type.${entity.type}`)} ·{' '}
              {t('entity.mentionCount', { count: entity.mention_count.toLocaleString(language), documents: entity.documents.length.toLocaleString(language) })}
              {entity.lexicon_id && <> · <code>{entity.lexicon_id}</code></>}
            </p>
            <div class="columns">
              <section>
                <h2>{t('entity.variants')}</h2>
                <ul class="variants">
                  {entity.variants.map((variant) => <li data-variant={variant.name}>{variant.name} <span class="muted">({variant.count})</span></li>)}
                </ul>
              </section>
              <section>
                <h2>{t('entity.roles')}</h2>
                {entity.roles.length === 0 ? <p class="muted">{t('state.none')}</p> : (
                  <ul class="roles">{entity.roles.map((role) => <li>{role.name} <span class="muted">({role.count})</span></li>)}</ul>
                )}
              </section>
            </div>
            <section>
              <h2>{t('entity.graph')}</h2>
              <p class="muted small">{t('entity.graphNote')}</p>
              <CooccurrenceGraph center={entity} neighbours={entity.cooccurrences} label={t('entity.graph')} onOpen={(next) => (location.hash = href('entity', next))} />
            </section>
            <section>
              <h2>{t('entity.timeline')}</h2>
              <TimelineChart entries={timeline.items} label={t('entity.timeline')} />
            </section>
            <section>
              <h2>{t('entity.context')}</h2>
              <p class="muted small">{t('entity.contextNote', { shown: Math.min(MENTIONS_SHOWN, entity.mentions.length), total: entity.mentionsTotal })}</p>
              <ul class="contexts">
                {entity.mentions.slice(0, MENTIONS_SHOWN).map((mention) => (
                  <li>
                    <a href={href('document', mention.document, { at: mention.start, end: mention.end })} class="context">
                      <Highlighted text={mention.sentence.text} ranges={[{ start: mention.start - mention.sentence.start, end: mention.end - mention.sentence.start }]} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>{t('entity.quotes')}</h2>
              <QuoteList quotes={entity.quotes} />
            </section>
          </>
        )}
      </Status>
    </section>
  );
}
