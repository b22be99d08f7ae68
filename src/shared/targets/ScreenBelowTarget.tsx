/**
 * The wall screen's targets page: per indicator, how many units are below the required level
 * and their names, in type sized for across a room (names 22px on the 1920×1080 canvas).
 */
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import type { IndicatorTargetCount } from '../../domain/targets.ts';
import { useI18n } from '../../i18n/index.ts';
import { targetValueText } from './targetText.ts';
import './screenTargets.css';

/** Names shown per card; the rest are counted ("等 n 个"). Fits 2 rows of 4 cards on the canvas. */
const NAMES = 12;

export function ScreenBelowTarget({
  model,
  counts,
  effective,
  year,
}: {
  model: Model;
  counts: readonly IndicatorTargetCount[];
  effective: EffectiveTargets;
  year: number;
}) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const shown = counts.slice(0, 8);
  const tag = effective.custom
    ? t('targets.custom')
    : effective.targets.some((x) => x.synthetic ?? model.dataset.meta.synthetic)
      ? t('targets.synthetic')
      : null;
  return (
    <div className="scr-tgt" data-testid="screen-targets">
      <h2 className="scr-tgt-title">
        {t('targets.screen.title', { year })} {tag && <span className="tag tag-synthetic">{tag}</span>}
      </h2>
      {shown.length === 0 ? (
        <p className="scr-muted">{t('targets.none')}</p>
      ) : (
        <div className="scr-tgt-grid">
          {shown.map((c) => {
            const ind = model.indicatorById.get(c.indicator);
            const target = [...new Set(c.targets.map((x) => targetValueText(x, ind, i18n)))].join(' / ');
            return (
              <article key={c.indicator} className="scr-panel scr-tgt-card" data-indicator={c.indicator} data-below={c.notMet}>
                <h3>
                  {l(ind?.label) || c.indicator}
                  <small>{target}</small>
                </h3>
                <p className="scr-tgt-count">
                  <strong className={c.notMet > 0 ? 'has-below' : 'all-met'}>{c.notMet}</strong>
                  <span>{t('targets.below.title')}</span>
                  <span className="scr-tgt-met">{t('targets.met', { met: c.met, of: c.met + c.notMet })}</span>
                </p>
                <ul className="scr-tgt-names">
                  {c.below.slice(0, NAMES).map((b) => (
                    <li key={b.unit.code}>{b.unit.name}</li>
                  ))}
                  {c.below.length > NAMES && <li className="scr-tgt-more">{t('targets.below.more', { n: c.below.length })}</li>}
                </ul>
                {c.missing > 0 && <p className="scr-tgt-missing">{t('targets.notReported', { n: c.missing })}</p>}
              </article>
            );
          })}
        </div>
      )}
    </div>
  );
}
