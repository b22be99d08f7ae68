/**
 * The league's two export paths, one table: the rows and columns on screen as CSV/XLSX (the
 * toolbar's buttons) and as the deck's table slide (registered with the screen's export).
 */
import type { Table } from '@tanstack/react-table';
import type { RefObject } from 'react';
import { pageCoverage } from '../../export/registry/docInfo.ts';
import { useScreenTable } from '../../export/registry/useScreenExport.ts';
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import type { Normalisation } from '../../domain/scoring.ts';
import type { I18n } from '../../i18n/index.ts';
import type { View } from '../../view/view.ts';
import type { LeagueRow } from './leagueData.ts';

type ExportLeague = typeof import('./exportLeague.ts');

interface LeagueExportInput {
  model: Model;
  view: View;
  year: number | null;
  scopeName: string;
  norm: Normalisation;
  targets: EffectiveTargets;
  i18n: I18n;
  tableRef: RefObject<Table<LeagueRow> | null>;
}

/** Registers the deck's table slide and returns the CSV/XLSX download. */
export function useLeagueExport({ model, view, year, scopeName, norm, targets, i18n, tableRef }: LeagueExportInput) {
  const { t, l } = i18n;
  // The rows and columns on screen as an export table: one definition for CSV/XLSX and the deck.
  const screenTable = (table: Table<LeagueRow>, year: number, m: ExportLeague) => {
    const { columnIds, rows: visible } = m.visibleExportInput(table);
    return m.leagueExportTable({
      model,
      rows: visible,
      columnIds,
      norm,
      scopeName,
      year,
      meta: model.dataset.meta,
      i18n,
      exportedAt: new Date(),
      targets,
      coverage: pageCoverage(view, model, i18n.lang),
    });
  };

  // The deck's table slide: the rows and columns on screen, as the CSV/XLSX export has them.
  useScreenTable(t('league.title', { scope: scopeName, year: year ?? '' }), async () => {
    const table = tableRef.current;
    if (!table || year === null) return null;
    return screenTable(table, year, await import('./exportLeague.ts'));
  });

  return async (kind: 'csv' | 'xlsx') => {
    const table = tableRef.current;
    if (!table || year === null) return;
    const [m, files, dl] = await Promise.all([
      import('./exportLeague.ts'),
      kind === 'csv'
        ? import('../../export/formats/csv.ts').then((x) => ({ blob: x.csvBlob }))
        : import('../../export/formats/xlsx.ts').then((x) => ({ blob: x.xlsxBlob })),
      import('../../export/download.ts'),
    ]);
    dl.downloadBlob(
      files.blob(screenTable(table, year, m)),
      dl.safeFilename([t('nav.league'), scopeName, String(year), l(model.dataset.meta.name)], kind),
    );
  };
}
