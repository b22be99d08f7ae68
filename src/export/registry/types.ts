/**
 * What an export knows about a chart and about the screen it is on. Type-only where possible:
 * the code that renders exports loads when the user first exports.
 */
import type { ExportTable } from '../formats/table.ts';
import type { ThemeName } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';

/** A figure a deck shows as editable text beside the chart (and reads out in the notes). */
export interface KeyFigure {
  label: string;
  value: string;
}

/** What a chart says about itself for its exported documents (all optional). */
export interface ChartExportMeta {
  /** 统计口径: how the figure shown is counted. */
  definition?: string;
  /** A line under the title (e.g. the indicator shown, a note on coverage). */
  subtitle?: string;
  /** Headline figures of this chart, as text for slides and notes. */
  figures?: KeyFigure[];
  /** Extra speaker notes. */
  notes?: string;
  /**
   * Where this chart's figures came from, read off their evidence (export/briefing/truth.ts
   * `sourceList`): 填报模板（a.xlsx）96项、3份报告原文16项. Printed with the chart in every export.
   */
  sources?: string;
  /**
   * The option built for the light theme. Charts whose colours are computed from the theme
   * (heatmaps) pass this; others are re-coloured from the dark palette automatically.
   */
  lightOption?: () => ChartOption;
}

/** One chart on screen, as the export registry holds it. */
export interface ChartEntry {
  id: string;
  chartId: string | undefined;
  title: string;
  meta: ChartExportMeta;
  /** The option on screen now. */
  option: () => ChartOption;
  theme: () => ThemeName;
  /** Heatmap/radar/visualMap modules are needed. */
  extra: boolean;
  /** The chart's element (for on-screen order and its own aspect). */
  element: () => HTMLElement | null;
}

/** A table on screen that a deck can show as a real PowerPoint table. */
export interface TableEntry {
  id: string;
  title: string;
  /** The table as the CSV/XLSX exports build it (the deck shows its first rows), built on export. */
  get: () => Promise<ExportTable | null>;
  element: () => HTMLElement | null;
}

/** Page-level key figures (e.g. the overview's headline cards) for the deck's title slide. */
export interface FiguresEntry {
  id: string;
  title: string;
  figures: () => KeyFigure[];
}
