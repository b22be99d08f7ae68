/** The overview's list: for each indicator with a target, the units below it, furthest first. */
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import type { IndicatorTargetCount } from '../../domain/targets.ts';
import { formatValue, useI18n } from '../../i18n/index.ts';
import { gapText, namesText, sourceText, targetValueText } from './targetText.ts';
import './targets.css';

const SHOWN = 12;

export function BelowTargetPanel({
  model,
  counts,
  effective,
  unitHref,
}: {
  model: Model;
  counts: readonly IndicatorTargetCount[];
  effective: EffectiveTargets;
  unitHref: (code: string) => string;
}) {
  const i18n = useI18n();
  const { t, l, lang } = i18n;
  const synthetic = model.dataset.meta.synthetic;
  return (
    <section className="panel below-target" aria-labelledby="below-target-title" data-testid="below-target">
      <header className="panel-head">
        <h2 id="below-target-title">
          {t('targets.below.title')} {effective.custom && <span className="tag">{t('targets.custom')}</span>}
        </h2>
        <span className="muted">{t('targets.below.note')}</span>
      </header>
      <div className="below-grid">
        {counts.map((c) => {
          const ind = model.indicatorById.get(c.indicator);
          const targetsText = [...new Set(c.targets.map((x) => targetValueText(x, ind, i18n)))].join(' / ');
          const sources = [...new Set(c.targets.map((x) => sourceText(x, effective, synthetic, i18n)))];
          return (
            <article key={c.indicator} className="below-item" data-indicator={c.indicator} data-below={c.notMet}>
              <h3>
                {l(ind?.label) || c.indicator} <small className="muted">{targetsText}</small>
              </h3>
              <p className="below-count">
                <span className={c.notMet > 0 ? 'target-count has-below' : 'target-count all-met'}>
                  {c.notMet > 0 ? t('targets.below.count', { n: c.notMet }) : t('targets.below.none')}
                </span>{' '}
                <span className="muted">{t('targets.met', { met: c.met, of: c.met + c.notMet })}</span>
              </p>
              {c.below.length > 0 && (
                <ol className="below-list">
                  {c.below.slice(0, SHOWN).map((b) => (
                    <li key={b.unit.code} data-unit={b.unit.code}>
                      <a href={unitHref(b.unit.code)}>{b.unit.name}</a>{' '}
                      <span className="num">{formatValue(b.value, ind?.unit ?? '', lang)}</span>{' '}
                      <span className="muted">{t('targets.gap', { gap: gapText(b.gap, ind, i18n) })}</span>
                    </li>
                  ))}
                </ol>
              )}
              {c.below.length > SHOWN && <p className="muted">{t('targets.below.more', { n: c.below.length })}</p>}
              {c.notReported.length > 0 && (
                <p className="muted">
                  {t('targets.below.notReported', {
                    names: namesText(
                      c.notReported.map((u) => u.name),
                      6,
                      i18n,
                    ),
                  })}
                </p>
              )}
              <p className="footnote">{t('targets.source', { source: sources.join('；') })}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
