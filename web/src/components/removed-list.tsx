import type { Removal } from '../api.ts';
import { useI18n } from '../i18n/index.ts';

/**
 * What cleaning took out (boilerplate, repeats, captions), each with the rule that removed it,
 * folded away until asked for. Removals are positions in the input, not in the cleaned text,
 * so they are listed beside it rather than drawn into it.
 */
export function RemovedList({ removed }: { removed: readonly Removal[] }) {
  const { t } = useI18n();
  return (
    <details class="removed">
      <summary>{t('doc.removed', { count: removed.length })}</summary>
      {removed.length === 0 ? (
        <p class="muted">{t('doc.removedNone')}</p>
      ) : (
        <ul>
          {removed.map((removal, index) => (
            <li key={index} data-reason={removal.reason}>
              <span class="reason">{t('doc.removedReason')}: <code>{removal.reason}</code></span>
              <blockquote>{removal.text}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
