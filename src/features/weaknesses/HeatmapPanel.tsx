import { useMemo, useState } from 'react';
import { useSettings, useViewContext } from '../../view/ViewContext.ts';
import type { ChartClick } from '../../charts/EChart.tsx';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { HEATMAP_BOTTOM, HEATMAP_ROW, HEATMAP_TOP, heatmapHeight, heatmapOption } from '../../charts/options/heatmap.ts';
import { usePhone } from '../../ui/useMediaQuery.ts';
import { useI18n } from '../../i18n/index.ts';
import { unitHref } from '../../view/unitHref.ts';
import type { HeatmapData, HeatRow } from './heatmapData.ts';
import { cellLabel, heatmapView, type RowLabel } from './heatmapView.ts';

/** On a phone: rows a thumb can hit, columns wide enough for their labels, the grid scrolling inside its panel. */
const PHONE_ROW = 44;
const PHONE_COLUMN = 84;
const PHONE_LABELS = 132;

function RowLabelCell({ label, data, height }: { label: RowLabel; data: HeatmapData; height: number }) {
  const { t } = useI18n();
  const { view } = useViewContext();
  const [, setSettings] = useSettings();
  const row = label.row;
  const style = { height };
  if (label.kind === 'total' || !row) {
    return (
      <li className="wk-rowlabel wk-total" style={style}>
        {t('weak.total')}
      </li>
    );
  }
  if (row.kind === 'header') {
    return (
      <li className="wk-rowlabel wk-header" style={style}>
        <button
          type="button"
          className="wk-link"
          onClick={() => setSettings({ scope: row.code })}
          title={t('weak.drill', { name: row.name })}
        >
          {row.name}
        </button>
      </li>
    );
  }
  const burdenTitle =
    row.kind === 'group'
      ? t('weak.burden.group')
      : data.mode === 'year'
        ? t('weak.burden.year', { year: data.year })
        : t('weak.burden.count');
  const burden = row.kind === 'group' ? row.burden.toFixed(1) : String(row.burden);
  return (
    <li className={`wk-rowlabel wk-${row.kind}`} style={style} data-row={row.code}>
      {row.kind === 'group' ? (
        <button
          type="button"
          className="wk-link"
          onClick={() => setSettings({ scope: row.code })}
          title={t('weak.drill', { name: row.name })}
        >
          {row.name} <span aria-hidden="true">›</span>
        </button>
      ) : (
        <a href={unitHref(row.code, view.params)} className="wk-link">
          {row.unit?.level === 'city' ? t('weak.cityLevel', { name: row.name }) : row.name}
        </a>
      )}
      <span className="wk-burden" title={burdenTitle}>
        {burden}
      </span>
    </li>
  );
}

/** The heatmap as a table: what a screen reader reads, and keyboard access to every cell's quotes. */
function HeatmapTable({ data, onOpen }: { data: HeatmapData; onOpen: (rowKey: string, col: number) => void }) {
  const { t, l } = useI18n();
  const rows = data.rows.filter((r) => r.kind !== 'header');
  return (
    <div className="wk-table-wrap">
      <table className="wk-table">
        <thead>
          <tr>
            <th scope="col">{t('weak.table.unit')}</th>
            {data.categories.map((c) => (
              <th key={c.id} scope="col">
                {l(c.label) || c.id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row: HeatRow) => (
            <tr key={row.key} data-row={row.code}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, col) => {
                const text = cellLabel(row, cell, data);
                const category = data.categories[col];
                return (
                  <td key={col} data-category={category?.id}>
                    {cell.units > 0 ? (
                      <button
                        type="button"
                        className="wk-cell"
                        onClick={() => onOpen(row.key, col)}
                        aria-label={t('weak.table.cell', {
                          unit: row.name,
                          category: l(category?.label) || (category?.id ?? ''),
                          value: text,
                        })}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="wk-table-total">
            <th scope="row">{t('weak.total')}</th>
            {data.totals.map((n, col) => (
              <td key={col}>{n}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function HeatmapPanel({ data, onOpen }: { data: HeatmapData; onOpen: (rowKey: string, col: number) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { view } = useViewContext();
  const [tableOpen, setTableOpen] = useState(false);
  const shown = useMemo(() => heatmapView(data, i18n), [data, i18n]);
  const option = useMemo(() => heatmapOption(shown.input, { theme: view.theme, lang }), [shown, view.theme, lang]);
  const onClick = (e: ChartClick) => {
    const ref = shown.refs[e.dataIndex];
    if (ref) onOpen(ref.rowKey, ref.col);
  };
  const grouped = data.aggregation !== 'unit';
  const title = grouped
    ? t('weak.heatmap.groups', { unit: t(data.aggregation === 'province' ? 'weak.group.province' : 'weak.group.city') })
    : t('weak.heatmap');
  const first = data.years[0] ?? data.year;
  const phone = usePhone();
  const rowHeight = phone ? PHONE_ROW : HEATMAP_ROW;
  const chartHeight = phone
    ? HEATMAP_TOP + Math.max(shown.labels.length, 1) * PHONE_ROW + HEATMAP_BOTTOM
    : heatmapHeight(shown.labels.length);

  return (
    <section className="panel wk-heatmap" aria-labelledby="wk-heatmap-title">
      <header className="panel-head">
        <h2 id="wk-heatmap-title">{title}</h2>
        <span className="muted">{t('weak.units', { n: data.units.length })}</span>
      </header>
      {grouped && (
        <p className="wk-note" role="note">
          {t(data.aggregation === 'province' ? 'weak.aggregated.province' : 'weak.aggregated.city', { n: data.units.length })}
        </p>
      )}
      <ul className="wk-legend">
        <li>
          {grouped
            ? t('weak.legend.group')
            : data.mode === 'year'
              ? t('weak.legend.year', { year: data.year })
              : t('weak.legend.count', { from: first, to: data.year })}
        </li>
        <li>{t('weak.legend.recurring')}</li>
        <li>{grouped ? t('weak.legend.groupSort') : t('weak.legend.sort')}</li>
      </ul>
      <div className="wk-scroll">
        <div className="wk-grid" style={phone ? { minWidth: PHONE_LABELS + data.categories.length * PHONE_COLUMN } : undefined}>
          <ol className="wk-rowlabels" style={{ paddingTop: HEATMAP_TOP }} aria-label={title}>
            {shown.labels.map((label) => (
              <RowLabelCell key={label.key} label={label} data={data} height={rowHeight} />
            ))}
          </ol>
          <ExportableChart
            extra
            option={option}
            theme={view.theme}
            label={t('a11y.chart', { title })}
            height={chartHeight}
            onClick={onClick}
            chartId="weakness-heatmap"
            className="wk-chart"
            exportTitle={title}
            exportMeta={{ lightOption: () => heatmapOption(shown.input, { theme: 'light', lang }) }}
          />
        </div>
      </div>
      <details className="wk-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('weak.table.show')}</summary>
        {tableOpen && <HeatmapTable data={data} onOpen={onOpen} />}
      </details>
    </section>
  );
}
