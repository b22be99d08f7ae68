/**
 * Review items from what the extractor or the template reader found, and the pure state
 * changes the review screen makes (a reducer), so every decision can be tested without a DOM.
 */
import type { Dataset } from '../../contract/schema.ts';
import type { Extraction } from '../../extract/extract.ts';
import type { TemplateRow } from '../../extract/templateRead.ts';
import type { Decision, FileFailure, ReviewFigure, ReviewItem, ReviewState, SourceKind } from './types.ts';
import type { RegionTable } from '../../domain/regionTable.ts';
import { chooseUnit, placementOf } from './placement.ts';
import { applyEntries } from './reviewSync.ts';

let counter = 0;
/** A fresh id (time-based, so ids of a reloaded review do not clash with new ones). */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}`;
}

export function itemFromExtraction(args: {
  id: string;
  file: string;
  doc: string;
  source: SourceKind;
  text: string;
  extraction: Extraction;
  dataset: Dataset | null;
  /** The GB/T 2260 table, when it loaded: reports are placed by it. */
  regions?: RegionTable | null;
}): ReviewItem {
  const x = args.extraction;
  const choice = chooseUnit(x.unit, args.dataset, args.regions ?? null, x.clues);
  const detected = x.unit
    ? {
        name: x.unit.name,
        region: x.unit.region,
        level: x.unit.level,
        ...(x.unit.parentRegion ? { parentRegion: x.unit.parentRegion } : {}),
        ...(x.unit.province ? { province: x.unit.province } : {}),
      }
    : null;
  return {
    id: args.id,
    file: args.file,
    source: args.source,
    doc: args.doc,
    text: args.text,
    title: x.title,
    ...(x.kind !== 'off_topic' ? { kind: x.kind } : {}),
    ...(x.issuer ? { issuer: x.issuer } : {}),
    docNumber: x.docNumber,
    reportDate: x.reportDate,
    detected,
    unitCode: choice.unitCode,
    unitName: choice.unitName,
    ...(choice.placement ? { placement: choice.placement } : {}),
    ...(choice.candidates?.length ? { candidates: choice.candidates } : {}),
    year: x.year,
    figures: x.figures.map((f, i) => ({
      id: `f${i}`,
      indicator: f.indicator,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      ...(f.domain ? { domain: f.domain } : {}),
      ...(f.scope ? { scope: f.scope } : {}),
      quote: f.quote,
      start: f.start,
      end: f.end,
      decision: 'pending',
    })),
    weaknesses: x.weaknesses.map((w, i) => ({
      id: `w${i}`,
      category: w.category,
      quote: w.quote,
      start: w.start,
      end: w.end,
      decision: 'pending',
    })),
  };
}

/** One item per filled unit row of a template; the row is rendered as text the quotes point into. */
export function itemsFromTemplate(args: {
  file: string;
  doc: string;
  sheet: string;
  year: number;
  rows: readonly TemplateRow[];
  dataset: Dataset | null;
  label: (indicator: string) => string;
  regions?: RegionTable | null;
}): ReviewItem[] {
  const known = new Map((args.dataset?.units ?? []).map((u) => [u.code, u]));
  return args.rows.map((row) => {
    const unit = known.get(row.code);
    // A row of a unit the dataset lacks (another dataset's template): offered, not added unasked.
    const placement = !unit && args.dataset && args.regions ? placementOf(args.regions, row.code, args.dataset) : null;
    const name = unit?.name ?? row.name;
    let text = `模板 ${args.file} 工作表 ${args.sheet} 第 ${row.row} 行：${row.code} ${name}，${args.year}年\n`;
    const figures: ReviewFigure[] = row.figures.map((f, i) => {
      const start = text.length;
      text += `${f.quote}：${args.label(f.indicator)} ${f.value}${f.unit === '%' ? '%' : ` ${f.unit}`}\n`;
      return {
        id: `f${i}`,
        indicator: f.indicator,
        value: f.value,
        unit: f.unit,
        approx: false,
        quote: f.quote,
        start,
        end: start + f.quote.length,
        decision: 'pending',
      };
    });
    return {
      id: newId('t'),
      file: args.file,
      source: 'xlsx',
      doc: args.doc,
      text,
      title: `填报模板 ${args.file}`,
      docNumber: null,
      reportDate: null,
      detected: null,
      unitCode: placement ? '' : row.code,
      unitName: placement?.chain[0]?.name ?? name,
      ...(placement ? { placement } : {}),
      year: args.year,
      figures,
      weaknesses: [],
    };
  });
}

export type ReviewAction =
  | { type: 'load'; state: ReviewState }
  | { type: 'add'; items: ReviewItem[]; failures: FileFailure[] }
  | { type: 'select'; id: string | null }
  | { type: 'decide'; item: string; figure: string; decision: Decision }
  | { type: 'decideWeakness'; item: string; weakness: string; decision: Decision }
  | { type: 'decideAll'; item: string; decision: Decision }
  /** Every unit row of one template file at once. */
  | { type: 'decideDoc'; doc: string; decision: Decision }
  | { type: 'edit'; item: string; figure: string; patch: { indicator?: string; value?: number; domain?: string | null } }
  | { type: 'setUnit'; item: string; code: string; name?: string }
  | { type: 'setYear'; item: string; year: number | null }
  | { type: 'remove'; item: string }
  | { type: 'dismissFailure'; id: string }
  | { type: 'added'; items: string[]; at: string }
  | { type: 'clearAdded' }
  /** Keep this value in a conflict (key: mergePlan.choiceKey). */
  | { type: 'choose'; key: string; value: number }
  /** Several conflicts at once (keep every value to be added, or every value the dataset has). */
  | { type: 'chooseMany'; choices: Record<string, number> }
  /** Entries another tab wrote (reviewSync.ts), folded in. */
  | { type: 'external'; entries: ReadonlyMap<string, unknown> };

function mapItem(state: ReviewState, id: string, fn: (item: ReviewItem) => ReviewItem): ReviewState {
  return { ...state, items: state.items.map((i) => (i.id === id && !i.addedAt ? fn(i) : i)) };
}

function editFigure(f: ReviewFigure, patch: { indicator?: string; value?: number; domain?: string | null }): ReviewFigure {
  const original = f.original ?? { indicator: f.indicator, value: f.value, ...(f.domain ? { domain: f.domain } : {}) };
  const next: ReviewFigure = { ...f, original };
  if (patch.indicator !== undefined) next.indicator = patch.indicator;
  if (patch.value !== undefined) {
    next.value = patch.value;
    // A corrected value is what the user read, not the report's approximation.
    if (patch.value !== original.value) next.approx = false;
  }
  if (patch.domain !== undefined) {
    if (patch.domain === null || patch.domain === '') delete next.domain;
    else next.domain = patch.domain;
  }
  const same = next.indicator === original.indicator && next.value === original.value && (next.domain ?? '') === (original.domain ?? '');
  if (same) delete next.original;
  return next;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'load':
      return action.state;
    case 'external':
      return applyEntries(state, action.entries);
    case 'chooseMany':
      return { ...state, choices: { ...state.choices, ...action.choices } };
    case 'choose':
      return { ...state, choices: { ...state.choices, [action.key]: action.value } };
    case 'add': {
      const items = [...state.items, ...action.items];
      const failures = [...state.failures, ...action.failures];
      const selected = action.items[0]?.id ?? state.selected;
      return { ...state, items, failures, selected };
    }
    case 'select':
      return { ...state, selected: action.id };
    case 'decide':
      return mapItem(state, action.item, (i) => ({
        ...i,
        figures: i.figures.map((f) => (f.id === action.figure ? { ...f, decision: action.decision } : f)),
      }));
    case 'decideWeakness':
      return mapItem(state, action.item, (i) => ({
        ...i,
        weaknesses: i.weaknesses.map((w) => (w.id === action.weakness ? { ...w, decision: action.decision } : w)),
      }));
    case 'decideAll':
      // Accept all: the figures still pending (a rejected one stays rejected). Reject all: every one.
      return mapItem(state, action.item, (i) => ({
        ...i,
        figures: i.figures.map((f) =>
          action.decision === 'accepted' && f.decision !== 'pending' ? f : { ...f, decision: action.decision },
        ),
        weaknesses: i.weaknesses.map((w) =>
          action.decision === 'accepted' && w.decision !== 'pending' ? w : { ...w, decision: action.decision },
        ),
      }));
    case 'decideDoc': {
      let next = state;
      for (const i of state.items)
        if (i.doc === action.doc && !i.addedAt) next = reviewReducer(next, { type: 'decideAll', item: i.id, decision: action.decision });
      return next;
    }
    case 'edit':
      return mapItem(state, action.item, (i) => ({
        ...i,
        figures: i.figures.map((f) => (f.id === action.figure ? editFigure(f, action.patch) : f)),
      }));
    case 'setUnit':
      return mapItem(state, action.item, (i) => {
        // A candidate picked (an ambiguous name): its chain says which city and province come with it.
        const picked = i.candidates?.find((c) => c.chain[0]?.code === action.code.trim());
        return {
          ...i,
          unitCode: action.code.trim(),
          ...(action.name !== undefined ? { unitName: action.name } : {}),
          ...(picked ? { placement: picked } : {}),
        };
      });
    case 'setYear':
      return mapItem(state, action.item, (i) => ({ ...i, year: action.year }));
    case 'remove': {
      const items = state.items.filter((i) => i.id !== action.item);
      const selected = state.selected === action.item ? (items[0]?.id ?? null) : state.selected;
      return { ...state, items, selected };
    }
    case 'dismissFailure':
      return { ...state, failures: state.failures.filter((f) => f.id !== action.id) };
    case 'added': {
      const ids = new Set(action.items);
      return { ...state, items: state.items.map((i) => (ids.has(i.id) ? { ...i, addedAt: action.at } : i)) };
    }
    case 'clearAdded': {
      const items = state.items.filter((i) => !i.addedAt);
      const selected = items.some((i) => i.id === state.selected) ? state.selected : (items[0]?.id ?? null);
      return { ...state, items, selected };
    }
  }
}

export interface ItemCounts {
  figures: number;
  accepted: number;
  rejected: number;
  pending: number;
}

export function countsOf(item: ReviewItem): ItemCounts {
  const all = [...item.figures, ...item.weaknesses];
  const accepted = all.filter((f) => f.decision === 'accepted').length;
  const rejected = all.filter((f) => f.decision === 'rejected').length;
  return { figures: item.figures.length, accepted, rejected, pending: all.length - accepted - rejected };
}
