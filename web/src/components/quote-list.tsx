import type { QuoteView } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { href } from '../router.ts';
import { Published } from './published.tsx';

/** Quotes with their speaker (a link when it is a known entity), kind and article. */
export function QuoteList({ quotes }: { quotes: readonly QuoteView[] }) {
  const { t } = useI18n();
  if (quotes.length === 0) return <p class="muted">{t('state.none')}</p>;
  return (
    <ul class="quotes">
      {quotes.map((quote) => (
        <li class={`quote-item quote-${quote.kind}`}>
          <blockquote>
            <a href={href('document', quote.document, { at: quote.start, end: quote.end })}>{quote.text}</a>
          </blockquote>
          <div class="small muted">
            {quote.speaker ? (
              quote.speaker.entity ? <a href={href('entity', quote.speaker.entity)}>{quote.speaker.name ?? quote.speaker.text}</a> : quote.speaker.text
            ) : (
              t('doc.quoteUnknown')
            )}
            {quote.cue && <> · {quote.cue}</>} · {t(quote.kind === 'direct' ? 'quote.kind.direct' : 'quote.kind.indirect')} · <Published published={quote.published} />
            {quote.title && <> · {quote.title}</>}
          </div>
        </li>
      ))}
    </ul>
  );
}
