import { indicatorGroups } from '../../domain/catalogue.ts';
import { defaultWeights, type Weights } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';

export function WeightsPanel({ weights, onChange }: { weights: Weights; onChange: (w: Weights | null) => void }) {
  const { t } = useI18n();
  const total = indicatorGroups.reduce((a, g) => a + weights[g], 0);
  return (
    <section className="panel weights" aria-labelledby="weights-title">
      <header className="panel-head">
        <h2 id="weights-title">{t('league.weights')}</h2>
        <button
          type="button"
          className="btn ghost"
          onClick={() => onChange(null)}
          disabled={indicatorGroups.every((g) => weights[g] === defaultWeights[g])}
        >
          {t('league.weights.reset')}
        </button>
      </header>
      <div className="weights-grid">
        {indicatorGroups.map((g) => (
          <label key={g} className="weight-row">
            <span>{t(`group.${g}`)}</span>
            <input
              type="range"
              min={0}
              max={50}
              step={5}
              value={weights[g]}
              data-testid={`weight-${g}`}
              onChange={(e) => onChange({ ...weights, [g]: Number(e.target.value) })}
            />
            <output>{weights[g]}</output>
          </label>
        ))}
      </div>
      <p className="muted">{t('league.weights.total', { total })}</p>
    </section>
  );
}
