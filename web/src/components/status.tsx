import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import type { Loaded } from './use-data.ts';

/** Shows loading and error states of a load, and the children once it is done. */
export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { t } = useI18n();
  if (state.kind === 'loading') return <p class="status" role="status">{t('state.loading')}</p>;
  if (state.kind === 'error') {
    const { error } = state;
    const text = error instanceof ApiError && error.status === 404 ? t('state.notFound', { id: error.message }) : t('state.error', { message: error.message });
    return <p class="status error" role="alert">{text}</p>;
  }
  return <>{children(state.data)}</>;
}
