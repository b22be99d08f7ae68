/**
 * From heatmap data to what is drawn: cell labels (figures and ↻), tooltips, the row labels the
 * page draws beside the chart, and the category × year view. Pure: i18n is passed in.
 */
import type { HeatmapCellInput, HeatmapInput } from '../../charts/options/heatmap.ts';
import type { CategoryYearCounts } from '../../domain/recurrence.ts';
import { formatNumber, type I18n } from '../../i18n/index.ts';
import type { HeatCell, HeatmapData, HeatRow } from './heatmapData.ts';

export const RECURRING = '↻';
/** The category × year view's column labels are years: one line. */
export const CATEGORY_YEAR_TOP = 28;

/** What a cell shows as text: the figure, ↻ when recurring; '—' when the unit has no report. */
export function cellLabel(row: HeatRow, cell: HeatCell, data: HeatmapData): string {
  const mark = cell.recurring > 0 ? RECURRING : '';
  if (row.kind === 'group') {
    if (cell.of === 0) return '—';
    return cell.units > 0 ? `${cell.units}/${cell.of}${mark}` : '';
  }
  if (data.mode === 'year') {
    if (cell.of === 0) return '—';
    return cell.value > 0 ? `✓${mark}` : '';
  }
  return cell.value > 0 ? `${cell.value}${mark}` : '';
}

/** 0–1: how strong the fill is. */
export function cellIntensity(row: HeatRow, cell: HeatCell, data: HeatmapData): number {
  if (row.kind === 'group') return cell.value / 100;
  if (data.mode === 'year') return cell.value > 0 ? (cell.recurring > 0 ? 1 : 0.55) : 0;
  return cell.value / Math.max(1, data.years.length);
}

function cellTooltip(
  row: HeatRow,
  cell: HeatCell,
  category: string,
  data: HeatmapData,
  i18n: I18n,
): NonNullable<HeatmapCellInput['tooltip']> {
  const { t, lang } = i18n;
  const title = `${row.name} · ${category}`;
  const click = { label: t('weak.tt.click'), value: '' };
  if (row.kind === 'group') {
    const pct = cell.of ? formatNumber(cell.value, lang, 0) : '—';
    return {
      title,
      rows: [
        { label: t('weak.tt.units'), value: `${cell.units}/${cell.of}（${pct}%）` },
        { label: t('weak.tt.recurringUnits'), value: String(cell.recurring) },
        click,
      ],
    };
  }
  const years = cell.years.length ? cell.years.join(lang === 'zh' ? '、' : ', ') : t('weak.tt.notReported');
  const recurring = cell.recurring > 0 ? t('weak.tt.recurringYes', { n: cell.run }) : t('common.no');
  const rows = [
    { label: t('weak.tt.years'), value: years },
    { label: t('weak.tt.recurring'), value: recurring },
  ];
  if (data.mode === 'year') {
    const state = cell.of === 0 ? t('weak.tt.noRecord') : cell.value > 0 ? t('weak.tt.reported') : t('weak.tt.notReported');
    rows.unshift({ label: t('weak.tt.present', { year: data.year }), value: state });
  }
  return { title, rows: cell.years.length ? [...rows, click] : rows };
}

export interface RowLabel {
  key: string;
  kind: HeatRow['kind'] | 'total';
  row: HeatRow | null;
}

export interface HeatmapView {
  input: HeatmapInput;
  /** One per chart row, top to bottom: the page draws these beside the chart. */
  labels: RowLabel[];
  /** The chart's cells in data order: which row and column each is (null for totals). */
  refs: Array<{ rowKey: string; col: number } | null>;
}

export function heatmapView(data: HeatmapData, i18n: I18n): HeatmapView {
  const { t, l } = i18n;
  const columns = data.categories.map((c) => l(c.label) || c.id);
  const cells: HeatmapCellInput[] = [];
  const refs: HeatmapView['refs'] = [];
  data.rows.forEach((row, r) => {
    row.cells.forEach((cell, col) => {
      cells.push({
        col,
        row: r,
        intensity: cellIntensity(row, cell, data),
        label: cellLabel(row, cell, data),
        tooltip: cellTooltip(row, cell, columns[col] ?? '', data, i18n),
      });
      refs.push({ rowKey: row.key, col });
    });
  });
  const totalRow = data.rows.length;
  data.totals.forEach((n, col) => {
    cells.push({
      col,
      row: totalRow,
      intensity: 0,
      total: true,
      label: String(n),
      tooltip: {
        title: `${t('weak.total')} · ${columns[col] ?? ''}`,
        rows: [{ label: t('weak.tt.total'), value: t('weak.trend.of', { n, of: data.units.length }) }],
      },
    });
    refs.push(null);
  });
  return {
    input: { columns, rows: [...data.rows.map((r) => r.key), 'total'], cells, rowLabels: false },
    labels: [...data.rows.map((row): RowLabel => ({ key: row.key, kind: row.kind, row })), { key: 'total', kind: 'total', row: null }],
    refs,
  };
}

/** Category × year: rows are categories (▲ rising, ▼ falling), cells the units reporting. */
export function categoryYearView(
  counts: CategoryYearCounts[],
  years: readonly number[],
  label: (category: string) => string,
  i18n: I18n,
): HeatmapInput {
  const { t } = i18n;
  const max = Math.max(1, ...counts.flatMap((c) => c.counts));
  const arrow = (c: CategoryYearCounts) => (c.trend === 'rising' ? ' ▲' : c.trend === 'falling' ? ' ▼' : '');
  const cells: HeatmapCellInput[] = counts.flatMap((c, row) =>
    years.map((year, col) => {
      const n = c.counts[col] ?? 0;
      const of = c.of[col] ?? 0;
      return {
        col,
        row,
        intensity: n / max,
        label: of === 0 ? '—' : String(n),
        tooltip: {
          title: `${label(c.category)} · ${year}`,
          rows: [{ label: t('weak.tt.units'), value: of === 0 ? '—' : t('weak.trend.of', { n, of }) }],
        },
      };
    }),
  );
  return {
    columns: years.map(String),
    rows: counts.map((c) => `${label(c.category)}${arrow(c)}`),
    cells,
    rowLabels: true,
    columnLabelWidth: 60,
    top: CATEGORY_YEAR_TOP,
  };
}
