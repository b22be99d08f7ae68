/**
 * The league on a phone: one line per unit with rank, unit, composite and one indicator the reader
 * picks; a tap opens the rest of the row in place (every other column, with the unit page link).
 * Sorted by the same columns and the same URL state as the table, so a link opens the same order
 * on a phone and a desk. Rows are shown 50 at a time: a phone never lays out a national league.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useId, useState } from 'react';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import { ScoreCell } from './columns.tsx';
import type { LeagueRow } from './leagueData.ts';

const PAGE = 50;
/** Columns always on the line; the fourth is the reader's pick. */
const FIXED = new Set(['rank', 'name', 'composite']);

/** A column's name as plain text (indicator headers are elements; their description is the text). */
function columnName(col: Column<LeagueRow>): string {
  const h = col.columnDef.header;
  return typeof h === 'string' ? h : (col.columnDef.meta?.description ?? col.id);
}

export interface LeagueListProps {
  data: LeagueRow[];
  columns: Array<ColumnDef<LeagueRow>>;
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
  /** The fourth column's id (null: the first indicator column). */
  pick: string | null;
  onPick: (id: string) => void;
  unitLink: (row: LeagueRow) => string;
}

export function LeagueList({ data, columns, sorting, onSortingChange, pick, onPick, unitLink }: LeagueListProps) {
  const { t, lang } = useI18n();
  const baseId = useId();
  const [limit, setLimit] = useState(PAGE);
  const [openRow, setOpenRow] = useState<string | null>(null);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.unit.code,
    enableMultiSort: false,
  });
  const all = table.getAllLeafColumns();
  const choices = all.filter((c) => !FIXED.has(c.id) && c.getCanSort() && (c.id.startsWith('i.') || c.id.startsWith('g.')));
  const picked = choices.find((c) => c.id === pick) ?? choices.find((c) => c.id.startsWith('i.')) ?? choices[0];
  const rankCol = table.getColumn('rank');
  const nameCol = table.getColumn('name');
  const compositeCol = table.getColumn('composite');
  const rows = table.getRowModel().rows;
  const shown = rows.slice(0, limit);
  const byPeer = sorting[0]?.id === 'peer';
  const peerCount = new Map<string, number>();
  for (const r of rows) peerCount.set(r.original.score.peerGroup, (peerCount.get(r.original.score.peerGroup) ?? 0) + 1);

  const sortButton = (col: Column<LeagueRow> | undefined, label: string, cls: string) => {
    if (!col) return <span className={cls} />;
    const dir = col.getIsSorted();
    return (
      <button
        type="button"
        className={`ll-sort ${cls}`}
        onClick={col.getToggleSortingHandler()}
        aria-label={t('phone.league.sort', { column: label })}
        aria-pressed={dir !== false}
      >
        <span aria-hidden="true">{label}</span>
        <span className="sort-mark" aria-hidden="true">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    );
  };

  return (
    <div className="league-list" data-testid="league-list">
      {choices.length > 0 && picked && (
        <label className="field ll-pick">
          <span>{t('phone.league.pick')}</span>
          <select value={picked.id} onChange={(e) => onPick(e.target.value)} data-testid="league-pick">
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {columnName(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="ll-head" role="group" aria-label={t('phone.league.sortGroup')}>
        {sortButton(rankCol, t('league.col.rank'), 'll-c-rank')}
        {sortButton(nameCol, t('league.col.unit'), 'll-c-unit')}
        {sortButton(compositeCol, t('league.col.composite'), 'll-c-composite')}
        {sortButton(picked, picked ? columnName(picked) : '', 'll-c-pick')}
      </div>
      <ol className="ll-rows">
        {shown.map((row, i) => {
          const r = row.original;
          const id = `${baseId}-${r.unit.code}`;
          const open = openRow === r.unit.code;
          const group = r.score.peerGroup;
          const newGroup = byPeer && (i === 0 || shown[i - 1]?.original.score.peerGroup !== group);
          const cell = (colId: string) => row.getVisibleCells().find((c) => c.column.id === colId);
          const rankCell = cell('rank');
          const pickCell = picked ? cell(picked.id) : undefined;
          const rest = row.getVisibleCells().filter((c) => c.column.id !== 'rank' && c.column.id !== 'name' && c.column.id !== picked?.id);
          return (
            <li key={row.id} className={newGroup ? 'll-row ll-first' : 'll-row'} data-row-id={row.id} data-open={open}>
              {newGroup && (
                <p className="ll-group">
                  {t('phone.league.peerGroup', { group: t(`league.peer.${group}`), n: peerCount.get(group) ?? 0 })}
                </p>
              )}
              <button
                type="button"
                className="ll-summary"
                aria-expanded={open}
                aria-controls={id}
                onClick={() => setOpenRow(open ? null : r.unit.code)}
              >
                <span className="ll-c-rank">{rankCell && flexRender(rankCell.column.columnDef.cell, rankCell.getContext())}</span>
                <span className="ll-c-unit">
                  <span className="ll-name">{r.unit.name}</span>
                  {r.city && <span className="ll-sub">{r.city.name}</span>}
                </span>
                <span className="ll-c-composite">
                  <ScoreCell
                    score={r.score.composite}
                    text={r.score.composite === null ? undefined : formatNumber(r.score.composite, lang, 1)}
                  />
                </span>
                <span className="ll-c-pick">{pickCell && flexRender(pickCell.column.columnDef.cell, pickCell.getContext())}</span>
              </button>
              {open && (
                <div className="ll-detail" id={id} role="region" aria-label={t('phone.league.details', { unit: r.unit.name })}>
                  <dl>
                    {rest.map((c) => (
                      <div key={c.id} className="ll-field" data-col={c.column.id}>
                        <dt>{columnName(c.column)}</dt>
                        <dd>{flexRender(c.column.columnDef.cell, c.getContext())}</dd>
                      </div>
                    ))}
                  </dl>
                  <a className="btn ll-open" href={unitLink(r)}>
                    {t('phone.league.open')}
                  </a>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {rows.length > shown.length && (
        <button type="button" className="btn ghost ll-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('phone.league.more', { n: Math.min(PAGE, rows.length - shown.length), total: rows.length })}
        </button>
      )}
    </div>
  );
}
