/**
 * The league as a file: exactly the rows, columns, order and basis on screen, with the scope,
 * year and data source written into the file. Loaded only when the user exports.
 */
import type { Table } from '@tanstack/react-table';
import type { DatasetMeta } from '../../contract/schema.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';
import type { Model } from '../../domain/model.ts';
import type { Normalisation } from '../../domain/scoring.ts';
import type { I18n } from '../../i18n/index.ts';
import type { ExportColumn, ExportTable } from '../../export/formats/table.ts';
import { unitText } from './columns.tsx';
import type { LeagueRow } from './leagueData.ts';
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import { indicatorTargetColumns, missedExportColumn, targetSourceMeta } from './exportTargets.ts';

export interface LeagueExportInput {
  model: Model;
  rows: LeagueRow[];
  columnIds: string[];
  norm: Normalisation;
  scopeName: string;
  year: number;
  meta: DatasetMeta;
  i18n: I18n;
  exportedAt: Date;
  /** The targets in use: their columns and source go into the file. */
  targets?: EffectiveTargets;
  /** Coverage in words (docInfo.ts pageCoverage): N of M units reported, the others named. */
  coverage?: string;
}

/** Places moved up (negative: down) as a number a spreadsheet can sort; 'new' as text. */
function movementCell(r: LeagueRow, i18n: I18n): string | number | null {
  const m = r.movement;
  if (m === null) return null;
  return m === 'new' ? i18n.t('league.move.new') : m;
}

export function leagueExportTable(input: LeagueExportInput): ExportTable {
  const { model, rows, norm, i18n } = input;
  const { t, l } = i18n;
  const columns: ExportColumn[] = [];
  const getters: Array<(r: LeagueRow) => string | number | null> = [];
  const add = (col: ExportColumn, get: (r: LeagueRow) => string | number | null) => {
    columns.push(col);
    getters.push(get);
  };
  for (const id of input.columnIds) {
    if (id === 'rank') add({ id, header: t('league.col.rank'), kind: 'rank' }, (r) => r.score.rank);
    else if (id === 'name') add({ id, header: t('league.col.unit'), kind: 'text' }, (r) => r.unit.name);
    else if (id === 'move') add({ id, header: t('league.col.move'), kind: 'integer' }, (r) => movementCell(r, i18n));
    else if (id === 'city') add({ id, header: t('league.col.city'), kind: 'text' }, (r) => r.place);
    else if (id === 'peer') add({ id, header: t('league.col.peer'), kind: 'text' }, (r) => t(`league.peer.${r.score.peerGroup}`));
    else if (id === 'composite') {
      add({ id, header: t('league.col.composite'), kind: 'decimal', digits: 1 }, (r) => r.score.composite);
    } else if (id.startsWith('g.')) {
      const g = indicatorGroups.find((x) => `g.${x}` === id);
      if (g) add({ id, header: `${t(`group.${g}`)}（${t('league.score')}）`, kind: 'decimal', digits: 1 }, (r) => r.score.groups[g]);
    } else if (id.startsWith('i.')) {
      const ind = model.indicatorById.get(id.slice(2));
      if (!ind) continue;
      const normalised = norm !== 'raw' && ind.unit !== '%';
      add(
        {
          id,
          header: `${l(ind.label)}（${unitText(ind, norm, i18n)}）`,
          kind: ind.unit === '%' ? 'percent' : normalised ? 'decimal' : 'integer',
          digits: normalised ? 2 : 0,
        },
        (r) => r.score.indicators.get(ind.id)?.value ?? null,
      );
      for (const [col, get] of indicatorTargetColumns(ind, rows, i18n)) add(col, get);
    } else if (id === 'targets.missed') {
      add(...missedExportColumn(i18n));
    } else if (id === 'history') {
      add({ id, header: t('league.col.history'), kind: 'text' }, (r) => r.history.map((h) => `${h.year}:${h.rank ?? '—'}`).join(' '));
    } else if (id === 'recurring') {
      add({ id, header: t('league.col.recurring'), kind: 'text' }, (r) =>
        r.recurring.map((w) => l(model.weaknessById.get(w)?.label) || w).join('、'),
      );
    }
  }
  const coverageRow: Array<[string, string]> = input.coverage ? [[t('truth.meta.coverage'), input.coverage]] : [];
  return {
    title: t('league.title', { scope: input.scopeName, year: input.year }),
    sheetName: t('nav.league'),
    meta: [
      [t('league.export.meta.scope'), input.scopeName],
      [t('league.export.meta.year'), String(input.year)],
      [t('league.export.meta.source'), `${l(input.meta.name)}（${t('header.asOf', { date: input.meta.asOf })}）`],
      [t('league.export.meta.synthetic'), input.meta.synthetic ? t('header.synthetic') : t('header.real')],
      // Who reported, of every unit the scope lists (the rows are the units with a record).
      ...coverageRow,
      // Where the rows' figures came from, as their evidence says.
      [
        t('truth.meta.sources'),
        sourceList(
          sourcesOf(
            model,
            rows.map((r) => r.unit),
            [input.year],
          ),
          l(input.meta.name),
          wordsFor(i18n.lang),
        ),
      ],
      [t('league.export.meta.method'), t(`league.norm.${norm}`)],
      [t('league.export.meta.exported'), input.exportedAt.toISOString().slice(0, 16).replace('T', ' ')],
      ...(input.targets
        ? [targetSourceMeta(input.targets, input.meta.synthetic, i18n)].filter((x): x is [string, string] => x !== null)
        : []),
    ],
    columns,
    rows: rows.map((r) => getters.map((g) => g(r))),
    missingText: '—',
  };
}

/** The visible columns and rows of a TanStack table, in screen order. */
export function visibleExportInput(table: Table<LeagueRow>): { columnIds: string[]; rows: LeagueRow[] } {
  return {
    columnIds: table.getVisibleLeafColumns().map((c) => c.id),
    rows: table.getRowModel().rows.map((r) => r.original),
  };
}
