// Memoised: a page change re-renders the screen's shell, not every panel, so the cross-fade
// starts without a long frame.
import { memo, useMemo } from 'react';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { trendOption } from '../../charts/options/trend.ts';
import type { ThemeName } from '../../charts/theme.ts';
import type { Unit } from '../../contract/schema.ts';
import type { Model } from '../../domain/model.ts';
import { formatChange, type ChangeText } from '../../i18n/change.ts';
import { formatNumber, formatValue, splitValue, useI18n } from '../../i18n/index.ts';
import type { Headline } from '../../shared/summaries/overviewData.ts';
import { trendFor } from '../../shared/summaries/overviewData.ts';
import { firstYearNote } from '../../charts/trendNote.ts';
import type { Board, Boards, Callout, HeatRow } from './screenData.ts';
import { calloutSentence, wordsFor } from '../../export/briefing/sentences.ts';
import { peerGroupSentence } from '../../export/briefing/truth.ts';

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
            {v.areas.map((a) => (
              // An area total (全市) stands for its units: said so, with their own figures where they differ.
              <div key={a.unit.code} className="scr-counter-area" data-testid="screen-counter-area">
                {t('truth.ui.area', { unit: a.unit.name, area: t(`truth.area.${a.unit.level}`) })}
                {a.below !== null && a.below !== a.value && (
                  <>
                    {' · '}
                    {t('truth.ui.below', {
                      value: formatValue(a.below, h.main.unit, lang, { compactYuan: true }),
                      n: a.belowReported,
                      of: a.belowOf,
                    })}
                  </>
                )}
              </div>
            ))}
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
  const notes = panels.map((p) => firstYearNote(p, t));
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
                <ExportableChart
                  option={option}
                  theme={theme}
                  label={t('a11y.chart', { title: label })}
                  height="100%"
                  pixelRatio={pixelRatio}
                  chartId={`screen-trend-${p.group}`}
                />
              )}
            </div>
            {notes[i] && (
              <p className="scr-trend-note" data-testid="screen-trend-note">
                {notes[i]}
              </p>
            )}
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

function ScrollingBoard({ board, active, title }: { board: Board; active: boolean; title: string }) {
  const { lang } = useI18n();
  const all = board.ranked;
  // Long lists scroll; the list is doubled so the loop is seamless.
  const scrolling = all.length > 14;
  return (
    <section className="scr-panel scr-board scr-all" data-peer={board.peer}>
      <h3>{title}</h3>
      <div className="scr-scroll-window">
        <ol
          className={scrolling && active ? 'scr-board-list scr-scrolling' : 'scr-board-list'}
          style={{ animationDuration: `${all.length * 1.6}s` }}
        >
          {(scrolling ? [...all, ...all] : all).map((s, i) => (
            <li key={`${s.unit.code}-${i}`} aria-hidden={i >= all.length ? true : undefined}>
              <span className="scr-rank">{s.rank}</span>
              <span className="scr-unit">{s.unit.name}</span>
              <span className="scr-score">{s.composite === null ? '—' : formatNumber(s.composite, lang, 1)}</span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

/**
 * The league page: every peer group present ranked among its own, with how many it holds. One
 * group alone keeps the top / bottom / all layout; several stand side by side; a group that is
 * not ranked (one unit, or none reported) is said so underneath.
 */
export const LeagueBoards = memo(function LeagueBoards({ boards, active }: { boards: Boards; active: boolean }) {
  const { t, lang } = useI18n();
  const w = wordsFor(lang);
  const groupTitle = (b: Board) =>
    t('screen.peerGroup', { peer: t(`league.peer.${b.peer}`), of: b.of, reported: b.reported, ranked: b.ranked.length });
  const only = boards.boards.length === 1 ? boards.boards[0] : undefined;
  const notes = boards.notes.map((f) => peerGroupSentence(f, w, (n) => (n === null ? '—' : formatNumber(n, lang, 1))));
  let body;
  if (only && notes.length === 0) {
    const n = Math.min(10, Math.ceil(only.ranked.length / 2));
    body = (
      <div className="scr-boards">
        <BoardList rows={only.ranked.slice(0, n)} title={t('screen.top', { n })} />
        <BoardList rows={only.ranked.slice(-n)} title={t('screen.bottom', { n })} />
        <ScrollingBoard board={only} active={active} title={`${t('screen.all')} · ${groupTitle(only)}`} />
      </div>
    );
  } else {
    body = (
      <div className="scr-boards" style={{ gridTemplateColumns: `repeat(${Math.max(1, boards.boards.length)}, 1fr)` }}>
        {boards.boards.map((b) => (
          <ScrollingBoard key={b.peer} board={b} active={active} title={groupTitle(b)} />
        ))}
      </div>
    );
  }
  return (
    <div className="scr-league">
      {boards.boards.length === 0 ? <p className="scr-muted">{t('briefing.league.none')}</p> : body}
      {notes.length > 0 && (
        <ul className="scr-league-notes" data-testid="screen-league-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
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
