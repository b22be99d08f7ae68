/**
 * The league's target additions: each row's targets missed (the 未达标 column), the filter
 * "only units below a target", and in each indicator column the target in the header and a
 * mark on every cell below it. Kept apart from the league's own columns so either can change.
 */
import { flexRender, type ColumnDef } from '@tanstack/react-table';
import type { Target } from '../../contract/schema.ts';
import type { Model } from '../../domain/model.ts';
import { assessUnit, targetFor, unitTargetCount } from '../../domain/targets.ts';
import type { I18n } from '../../i18n/index.ts';
import type { LeagueRow } from './leagueData.ts';
import { statusMark, targetValueText } from '../../shared/targets/targetText.ts';
import '../../shared/targets/targets.css';

export const MISSED_COLUMN = 'targets.missed';

export function attachTargets(rows: readonly LeagueRow[], model: Model, targets: readonly Target[], year: number): LeagueRow[] {
  if (targets.length === 0) return [...rows];
  return rows.map((r) => ({
    ...r,
    targets: { count: unitTargetCount(model, targets, r.unit, year), byIndicator: assessUnit(model, targets, r.unit, year) },
  }));
}

export const belowTargetOnly = (rows: readonly LeagueRow[]): LeagueRow[] => rows.filter((r) => (r.targets?.count.notMet ?? 0) > 0);

export function missedColumn(model: Model, i18n: I18n): ColumnDef<LeagueRow> {
  const { t, l } = i18n;
  return {
    id: MISSED_COLUMN,
    header: t('targets.col.missed'),
    accessorFn: (r) => r.targets?.count.notMet,
    sortUndefined: 'last',
    meta: { width: 96, align: 'end', description: t('targets.col.missed.title', { of: '' }) },
    cell: ({ row }) => {
      const c = row.original.targets?.count;
      if (!c || c.of === 0) return <span className="muted">—</span>;
      const names = c.missed.map((id) => l(model.indicatorById.get(id)?.label) || id).join('、');
      return (
        <span
          className={`target-count ${c.notMet > 0 ? 'has-below' : 'all-met'}`}
          title={`${t('targets.col.missed.title', { of: c.of })}${names ? `：${names}` : ''}`}
          data-missed={c.notMet}
        >
          {c.notMet > 0 ? `${statusMark.not_met} ${c.notMet}` : statusMark.met}
          <small className="muted">/{c.of}</small>
        </span>
      );
    },
  };
}

/** Wraps each indicator column: the target under its header, a mark on cells below it. */
export function withTargetMarks(
  cols: Array<ColumnDef<LeagueRow>>,
  model: Model,
  targets: readonly Target[],
  year: number,
  i18n: I18n,
): Array<ColumnDef<LeagueRow>> {
  if (targets.length === 0) return cols;
  const out = cols.map((col): ColumnDef<LeagueRow> => {
    const id = col.id?.startsWith('i.') ? col.id.slice(2) : null;
    const ind = id ? model.indicatorById.get(id) : undefined;
    if (!id || !ind || !targets.some((x) => x.indicator === id)) return col;
    const levels = ['county', 'district', 'city'] as const;
    const shown = [
      ...new Set(
        levels
          .map((lv) => targetFor(targets, id, lv, year))
          .filter((x): x is Target => x !== undefined)
          .map((x) => targetValueText(x, ind, i18n)),
      ),
    ];
    const header = col.header;
    const cell = col.cell;
    const wrapped: Pick<ColumnDef<LeagueRow>, 'header' | 'cell'> = {
      header: (ctx) => (
        <span className="th-target">
          {typeof header === 'function' ? header(ctx) : header}
          <small className="target-line" data-testid={`target-head-${id}`}>
            {shown.join(' / ')}
          </small>
        </span>
      ),
      cell: (ctx) => {
        const a = ctx.row.original.targets?.byIndicator.get(id);
        const inner = flexRender(cell, ctx);
        if (!a || a.status !== 'not_met') return inner;
        return (
          <span className="cell-below" data-below-target={id} title={i18n.t('targets.status.not_met')}>
            <span className="target-status not_met" aria-label={i18n.t('targets.status.not_met')}>
              {statusMark.not_met}
            </span>
            {inner}
          </span>
        );
      },
    };
    // Object.assign keeps the column's own kind (accessor or display) and replaces the two renderers.
    return Object.assign({}, col, wrapped);
  });
  const at = out.findIndex((c) => c.id === 'composite');
  out.splice(at < 0 ? out.length : at + 1, 0, missedColumn(model, i18n));
  return out;
}
