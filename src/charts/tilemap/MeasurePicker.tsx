/** The "colour by" controls of a map: measure, then (for an indicator) its normalisation. */
import type { Model } from '../../domain/model.ts';
import { isNormalisable, normalisations } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { mappableIndicators, type MapMeasure } from './mapMeasure.ts';

export function MeasurePicker({
  model,
  measure,
  onChange,
  id,
  targetIds = [],
}: {
  model: Model;
  measure: MapMeasure;
  onChange: (m: MapMeasure) => void;
  id: string;
  /** Indicators with a target in use: colour by met / not met. */
  targetIds?: readonly string[];
}) {
  const { t, l } = useI18n();
  const ind = measure.kind === 'indicator' ? model.indicatorById.get(measure.id) : undefined;
  return (
    <div className="tilemap-controls">
      <label>
        {t('map.colourBy')}{' '}
        <select
          value={measure.kind === 'indicator' ? measure.id : measure.kind === 'target' ? `target:${measure.id}` : measure.kind}
          data-testid={`${id}-measure`}
          onChange={(e) => {
            const v = e.target.value;
            onChange(
              v === 'composite' || v === 'rank'
                ? { kind: v }
                : v.startsWith('target:')
                  ? { kind: 'target', id: v.slice('target:'.length) }
                  : { kind: 'indicator', id: v, norm: measure.kind === 'indicator' ? measure.norm : 'raw' },
            );
          }}
        >
          <option value="composite">{t('map.by.composite')}</option>
          <option value="rank">{t('map.by.rank')}</option>
          <optgroup label={t('map.by.indicator')}>
            {mappableIndicators(model).map((i) => (
              <option key={i.id} value={i.id}>
                {l(i.label)}
              </option>
            ))}
          </optgroup>
          {targetIds.length > 0 && (
            <optgroup label={t('map.by.targets')}>
              {targetIds.map((tid) => (
                <option key={tid} value={`target:${tid}`}>
                  {`${l(model.indicatorById.get(tid)?.label)} · ${t('map.by.target')}`}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {measure.kind === 'indicator' && ind && isNormalisable(ind) && (
        <label>
          {t('league.norm')}{' '}
          <select
            value={measure.norm}
            data-testid={`${id}-norm`}
            onChange={(e) =>
              onChange({ kind: 'indicator', id: measure.id, norm: normalisations.find((n) => n === e.target.value) ?? 'raw' })
            }
          >
            {normalisations.map((n) => (
              <option key={n} value={n}>
                {t(`league.norm.${n}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
