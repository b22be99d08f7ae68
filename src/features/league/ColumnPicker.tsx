import type { Model } from '../../domain/model.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import { useI18n } from '../../i18n/index.ts';

/** Which indicators show as columns; grouped as the catalogue groups them. */
export function ColumnPicker({ model, chosen, onChange }: { model: Model; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t, l } = useI18n();
  const toggle = (id: string, on: boolean) => {
    // Keep catalogue order so the table reads the same way every time.
    const next = model.dataset.indicators.map((i) => i.id).filter((x) => (x === id ? on : chosen.includes(x)));
    onChange(next);
  };
  return (
    <details className="column-picker">
      <summary className="btn ghost">
        {t('league.columns')}（{chosen.length}）
      </summary>
      <div className="column-picker-body" role="group" aria-label={t('league.columns.help')}>
        {indicatorGroups.map((g) => (
          <fieldset key={g}>
            <legend>{t(`group.${g}`)}</legend>
            {model.dataset.indicators
              .filter((i) => i.group === g)
              .map((i) => (
                <label key={i.id} className="check">
                  <input type="checkbox" checked={chosen.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
                  <span>{l(i.label)}</span>
                </label>
              ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
