import { formatNumber, useI18n } from '../../i18n/index.ts';
import type { Model } from '../../domain/model.ts';
import type { UnitPageData } from './unitData.ts';
import { useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';

/** Who the unit is: name, level, the units above it, its size; and the year shown. */
export function UnitHeader({ data, model, onYear }: { data: UnitPageData; model: Model; onYear: (year: number) => void }) {
  const { t, lang } = useI18n();
  const { view } = useViewContext();
  const { unit, size } = data;
  const sizes = [
    { key: 'officers', label: t('unitPage.size.officers'), value: size.officers, unit: t('unitPage.size.officersUnit') },
    { key: 'entities', label: t('unitPage.size.entities'), value: size.entities, unit: t('unitPage.size.entitiesUnit') },
    { key: 'population', label: t('unitPage.size.population'), value: size.population, unit: t('unitPage.size.populationUnit') },
  ];
  return (
    <>
      <div className="page-head">
        <div className="unit-title">
          <h1>{unit.name}</h1>
          <span className="tag">{t(`level.${unit.level}`)}</span>
          <span className="muted">{t('unitPage.code', { code: unit.code })}</span>
        </div>
        <label className="field">
          <span>{t('unitPage.year')}</span>
          <select value={data.year} onChange={(e) => onYear(Number(e.target.value))} data-testid="unit-year">
            {[...model.years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className="panel unit-identity" aria-label={unit.name}>
        {data.chain.length > 0 && (
          <nav className="unit-chain" aria-label={t('unitPage.chain')}>
            <span className="muted">{t('unitPage.chain')}：</span>
            <ol>
              {data.chain.map((u) => (
                <li key={u.code}>
                  <a href={unitHref(u.code, view.params)}>{u.name}</a>
                </li>
              ))}
              <li aria-current="page">{unit.name}</li>
            </ol>
          </nav>
        )}
        <dl className="unit-size">
          {sizes.map((s) => (
            <div key={s.key} data-size={s.key}>
              <dt>{s.label}</dt>
              <dd>{s.value === null ? t('value.missing') : `${formatNumber(s.value, lang, 0)} ${s.unit}`}</dd>
            </div>
          ))}
        </dl>
        <p className="footnote">{t('unitPage.size.note')}</p>
      </section>
    </>
  );
}
