import { useI18n } from '../i18n/index.ts';
import { LAYER_KEYS, type LayerKey } from './document-marks.ts';

/** One checkbox per layer, with its colour and how many spans it has. */
export function LayerToggles({ shown, counts, onChange }: { shown: ReadonlySet<LayerKey>; counts: Readonly<Record<LayerKey, number>>; onChange: (layer: LayerKey, on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="layer-toggles">
      <legend>{t('doc.layers')}</legend>
      {LAYER_KEYS.map((layer) => (
        <label class={`toggle toggle-${layer}`} key={layer}>
          <input type="checkbox" name={layer} checked={shown.has(layer)} onChange={(event) => onChange(layer, event.currentTarget.checked)} />
          <span class={`swatch swatch-${layer}`} />
          {t(`layer.${layer}`)} <span class="muted">({counts[layer]})</span>
        </label>
      ))}
    </fieldset>
  );
}
