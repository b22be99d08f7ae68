import type { ReactNode } from 'react';
import { formatNumber, formatValue, useI18n } from '../../i18n/index.ts';
import type { UnitPageData } from './unitData.ts';

const dirMark = { up: '↑', down: '↓', context: '·' } as const;

/** Every indicator of the year beside the peer median, with the unit's percentile. */
export function IndicatorTable({ data, mark }: { data: UnitPageData; mark?: (indicatorId: string) => ReactNode }) {
  const { t, l, lang } = useI18n();
  const group = t(`unitPage.peerGroup.${data.unit.level === 'county_city' ? 'county' : data.unit.level}`);
  const areaWord = t(`truth.area.${data.unit.level}`);
  // A unit with units under it: its figure beside what they reported themselves.
  const withBelow = data.area !== null;
  const cols = withBelow ? 6 : 5;
  const peers = data.peerScope
    ? t('unitPage.peers.province', { province: data.peerScope.name, group, n: data.peerCount, of: data.peerTotal, year: data.year })
    : t('unitPage.peers.all', { group, n: data.peerCount, of: data.peerTotal, year: data.year });
  return (
    <section className="panel unit-indicators" aria-labelledby="unit-ind-title">
      <header className="panel-head">
        <h2 id="unit-ind-title">{t('unitPage.indicators', { year: data.year })}</h2>
      </header>
      <p className="muted">{peers}</p>
      {data.area?.extent && (
        <p className="unit-extent" data-testid="unit-extent" data-extent={data.area.extent}>
          {t(data.area.extent === 'area' ? 'truth.ui.extent.areaNote' : 'truth.ui.extent.ownNote', { area: areaWord })}
        </p>
      )}
      <div className="unit-table-wrap">
        <table className={withBelow ? 'unit-table unit-table-below' : 'unit-table'} data-testid="indicator-table">
          <thead>
            <tr>
              <th scope="col">{t('unitPage.col.indicator')}</th>
              <th scope="col">
                {t('unitPage.col.value')}
                {data.area?.extent && (
                  <small className="muted">
                    {' '}
                    （{t(data.area.extent === 'area' ? 'truth.ui.extent.area' : 'truth.ui.extent.own', { area: areaWord })}）
                  </small>
                )}
              </th>
              {withBelow && <th scope="col">{t('truth.ui.col.below')}</th>}
              <th scope="col">{t('unitPage.col.median')}</th>
              <th scope="col">{t('unitPage.col.reported')}</th>
              <th scope="col">{t('unitPage.col.percentile')}</th>
            </tr>
          </thead>
          {data.groups.map(({ group: g, rows }) => (
            <tbody key={g}>
              <tr className="unit-group-row">
                <th scope="colgroup" colSpan={cols}>
                  {t(`group.${g}`)}
                </th>
              </tr>
              {rows.map(({ indicator, comparison: c, below }) => (
                <tr key={indicator.id} data-indicator={indicator.id} data-missing={c.value === null}>
                  <th scope="row">
                    <span
                      className="unit-dir"
                      title={t(`unitPage.dir.${indicator.direction}`)}
                      aria-label={t(`unitPage.dir.${indicator.direction}`)}
                    >
                      {dirMark[indicator.direction]}
                    </span>{' '}
                    {l(indicator.label) || indicator.id}
                  </th>
                  <td className="num unit-value">
                    {formatValue(c.value, indicator.unit, lang, { approx: c.approx })}
                    {mark?.(indicator.id)}
                  </td>
                  {withBelow && (
                    <td className="num unit-below">
                      {below && below.value !== null ? (
                        <>
                          {formatValue(below.value, indicator.unit, lang, { approx: below.approx })}{' '}
                          <small className="muted">
                            {below.reported}/{below.of}
                          </small>
                        </>
                      ) : (
                        t('value.missing')
                      )}
                    </td>
                  )}
                  <td className="num">{formatValue(c.median, indicator.unit, lang)}</td>
                  <td className="num">{c.reported}</td>
                  <td className="num unit-pct">
                    {c.percentile === null ? (
                      t('value.missing')
                    ) : (
                      <>
                        {indicator.direction !== 'context' && (
                          <meter min={0} max={100} low={25} high={75} optimum={100} value={c.percentile} aria-hidden="true" />
                        )}
                        <span>{formatNumber(c.percentile, lang, 0)}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="footnote">
        {t('unitPage.col.medianNote')} {t('unitPage.percentile.note')}
      </p>
    </section>
  );
}
