// Memoised: a page change re-renders the screen's shell, not every panel, so the cross-fade
// starts without a long frame.
import { memo, useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { trendOption } from '../../charts/options/trend.ts';
import type { ThemeName } from '../../charts/theme.ts';
import type { Unit } from '../../data/schema.ts';
import type { Model } from '../../domain/model.ts';
import { formatChange, type ChangeText } from '../../i18n/change.ts';
import { formatNumber, splitValue, useI18n } from '../../i18n/index.ts';
import type { Headline } from '../overview/overviewData.ts';
import { trendFor } from '../overview/overviewData.ts';
import type { Board, Callout, HeatRow } from './screenData.ts';
import { calloutSentence, wordsFor } from '../../export/briefing/sentences.ts';

function CounterValue({ prefix, num, unit }: { prefix: string; num: string; unit: string }) {
  return (
    <>
      {prefix && <small>{prefix}</small>}
      {num}
      {unit && <small className="scr-unit-label">{unit === '%' ? '%' : ` ${unit}`}</small>}
    </>
  );
}

function ChangeFoot({ text, label }: { text: ChangeText; label: string }) {
  return (
    <span className={text.dir}>
      {text.arrow && `${text.arrow} `}
      {label} {text.amount}
    </span>
  );
}

export const Counters = memo(function Counters({ headlines }: { headlines: Headline[] }) {
  const { t, lang } = useI18n();
  return (
    <div className="scr-counters">
      {headlines.map((h) => {
        const v = h.main.current;
        const c = h.main.change;
        return (
          <div key={h.key} className="scr-counter" data-kpi={h.key}>
            <div className="scr-counter-label">{t(h.label)}</div>
            <div className="scr-counter-value">
              {v.value === null ? (
                t('value.missing')
              ) : (
                <CounterValue {...splitValue(v.value, h.main.unit, lang, { approx: v.approx, compactYuan: true })} />
              )}
            </div>
            <div className="scr-counter-foot">
              {c ? (
                <ChangeFoot text={formatChange(c, h.main.unit, lang, { compact: true })} label={t('overview.change')} />
              ) : (
                <span className="muted">{t('overview.change.none')}</span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
});

export const Trends = memo(function Trends({
  model,
  units,
  theme,
  pixelRatio,
}: {
  model: Model;
  units: Unit[];
  theme: ThemeName;
  pixelRatio: number;
}) {
  const { t, l, lang } = useI18n();
  const panels = useMemo(() => (['inspections', 'penalties', 'publicity'] as const).map((g) => trendFor(model, units, g)), [model, units]);
  const options = useMemo(
    () =>
      // Legible across a meeting room: nothing under 16 design px.
      panels.map((p) =>
        trendOption(
          { years: p.years, unit: p.unit, series: [{ name: l(model.indicatorById.get(p.indicator)?.label), values: p.values }] },
          { theme, lang, axisFontSize: 16 },
        ),
      ),
    [panels, model, theme, lang, l],
  );
  return (
    <div className="scr-trends">
      {panels.map((p, i) => {
        const option = options[i];
        const label = l(model.indicatorById.get(p.indicator)?.label);
        return (
          <section key={p.group} className="scr-panel">
            <h3>
              {t(`group.${p.group}`)} · {label}
            </h3>
            <div className="scr-chart">
              {option && (
                <EChart
                  option={option}
                  theme={theme}
                  label={t('a11y.chart', { title: label })}
                  height="100%"
                  pixelRatio={pixelRatio}
                  chartId={`screen-trend-${p.group}`}
                />
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
});

/** The recurring-problem sentences, as a panel of their own (on the figures and weaknesses pages). */
export const Callouts = memo(function Callouts({ callouts, model }: { callouts: Callout[]; model: Model }) {
  const { t, lang } = useI18n();
  return (
    <section className="scr-panel scr-callout-panel">
      <h3>{t('screen.callouts')}</h3>
      {callouts.length === 0 ? (
        <p className="scr-muted">{t('screen.callout.none')}</p>
      ) : (
        <ul className="scr-callouts">
          {callouts.map((c) => (
            <li key={c.category} className="scr-callout" data-category={c.category}>
              <span className="scr-callout-mark" aria-hidden="true">
                ↻
              </span>
              <span>{calloutSentence(c, model, wordsFor(lang), 'wall')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

function BoardList({ rows, title }: { rows: Board['ranked']; title: string }) {
  const { lang } = useI18n();
  return (
    <section className="scr-panel scr-board">
      <h3>{title}</h3>
      <ol className="scr-board-list">
        {rows.map((s) => (
          <li key={s.unit.code}>
            <span className="scr-rank">{s.rank}</span>
            <span className="scr-unit">{s.unit.name}</span>
            <span className="scr-bar" aria-hidden="true">
              <span className="scr-bar-fill" style={{ width: `${Math.max(2, s.composite ?? 0)}%` }} />
            </span>
            <span className="scr-score">{s.composite === null ? '—' : formatNumber(s.composite, lang, 1)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export const LeagueBoards = memo(function LeagueBoards({ board, active }: { board: Board; active: boolean }) {
  const { t } = useI18n();
  const n = Math.min(10, Math.ceil(board.ranked.length / 2));
  const top = board.ranked.slice(0, n);
  const bottom = board.ranked.slice(-n);
  const all = board.ranked;
  // Long lists scroll; the list is doubled so the loop is seamless.
  const scrolling = all.length > 14;
  return (
    <div className="scr-boards">
      <BoardList rows={top} title={t('screen.top', { n })} />
      <BoardList rows={bottom} title={t('screen.bottom', { n })} />
      <section className="scr-panel scr-board scr-all">
        <h3>
          {t('screen.all')} · {t('screen.peer', { peer: t(`league.peer.${board.peer}`), n: all.length })}
        </h3>
        <div className="scr-scroll-window">
          <ol
            className={scrolling && active ? 'scr-board-list scr-scrolling' : 'scr-board-list'}
            style={{ animationDuration: `${all.length * 1.6}s` }}
          >
            {(scrolling ? [...all, ...all] : all).map((s, i) => (
              <li key={`${s.unit.code}-${i}`} aria-hidden={i >= all.length ? true : undefined}>
                <span className="scr-rank">{s.rank}</span>
                <span className="scr-unit">{s.unit.name}</span>
                <span className="scr-score">{s.composite === null ? '—' : s.composite.toFixed(1)}</span>
              </li>
            ))}
          </ol>
        </div>
      </section>
    </div>
  );
});

export const CityHeat = memo(function CityHeat({ rows, categories, model }: { rows: HeatRow[]; categories: string[]; model: Model }) {
  const { t, l } = useI18n();
  return (
    <section className="scr-panel scr-heat">
      <h3>
        {t('screen.heat')} <small>{t('screen.heat.recurring')}</small>
      </h3>
      <table className="scr-heat-table">
        <thead>
          <tr>
            <th scope="col" />
            {categories.map((c) => (
              <th key={c} scope="col">
                {l(model.weaknessById.get(c)?.label) || c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.city.code}>
              <th scope="row">{r.city.name}</th>
              {r.cells.map((c) => (
                <td key={c.category} className={`heat-q${Math.min(4, Math.floor(c.share * 5))}`}>
                  {c.n > 0 ? `${Math.round(c.share * 100)}%` : '·'}
                  {c.recurring > 0 && <span className="heat-rec"> ↻</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
