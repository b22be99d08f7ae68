/**
 * The seeds dataset: the five real reports, from the hand-checked golden extraction
 * (../shared/golden/*.json). Every golden figure and weakness is kept as evidence with its exact
 * quote; a record's value is the report's stated total (see chooseValue).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { GoldenSchema, type Golden, type GoldenFigure } from '../../extract/golden.ts';
import type { Dataset, Evidence, Extent, Level, SourceDocument, Unit, UnitYearRecord } from '../../contract/schema.ts';
import { SCHEMA_VERSION } from '../../contract/schema.ts';
import { withRequiredVersion } from '../../contract/schemaVersion.ts';
import { extentFor, readExtent } from '../../extract/extent.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { markSeparateFigures } from '../../domain/separateFigures.ts';
import { byCode, byUnitYear } from './json-out.ts';
import { loadDivisionTree } from './node-io.ts';
import { locateRegion, regionsFromDivision, withAncestors, type DivisionNode, type Region } from '../../domain/regions.ts';

export { GoldenSchema, type Golden } from '../../extract/golden.ts';

export function readGolden(dir: string): Golden[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return v.parse(GoldenSchema, raw);
    });
}

export const docIdOf = (g: Golden): string => g.file.replace(/\.txt$/, '');

/** 新乡市卫滨区卫生健康委员会 2025年法治政府建设情况的报告 */
export function titleOf(g: Golden): string {
  const prefix = g.level === 'city' || g.level === 'province' || g.unit.startsWith(g.parentRegion) ? '' : g.parentRegion;
  return `${prefix}${g.unit} ${g.year}年法治政府建设情况的报告`;
}

export function regionOf(g: Golden, regions: readonly Region[]): Region {
  const found =
    g.level === 'city' ? locateRegion(regions, g.province, g.region) : locateRegion(regions, g.province, g.parentRegion, g.region);
  if (!found) throw new Error(`${g.file}: no GB/T 2260 region for ${g.province} ${g.parentRegion} ${g.region}`);
  return found;
}

interface Choice {
  value: number;
  approx: boolean;
  /** Indices (in g.figures) of parts summed into the value. */
  derivedFrom: number[];
}

/**
 * The record's value for one catalogue indicator: the first figure with no domain and no scope;
 * failing that, the sum of the distinct double-random scope parts (a rate only when there is exactly
 * one part); otherwise none (not reported).
 */
export function chooseValue(figures: readonly GoldenFigure[], indicator: string, isRate: boolean): Choice | undefined {
  const total = figures.find((f) => f.indicator === indicator && f.domain === undefined && f.scope === undefined);
  if (total) return { value: total.value, approx: total.approx, derivedFrom: [] };
  const parts = new Map<string, number>();
  figures.forEach((f, i) => {
    if (f.indicator === indicator && f.scope !== undefined && f.domain === undefined && !parts.has(f.scope)) parts.set(f.scope, i);
  });
  if (parts.size === 0 || (isRate && parts.size !== 1)) return undefined;
  const used = [...parts.values()];
  const picked = used.map((i) => figures[i]).filter((f): f is GoldenFigure => f !== undefined);
  return {
    value: picked.reduce((s, f) => s + f.value, 0),
    approx: picked.some((f) => f.approx),
    derivedFrom: used,
  };
}

function addPart(map: Record<string, Record<string, number>>, indicator: string, part: string, value: number, sum: boolean): void {
  const parts = (map[indicator] ??= {});
  const prev = parts[part];
  if (prev === undefined) parts[part] = value;
  else if (sum) parts[part] = prev + value;
}

const SUM_OF_SCOPES: Evidence['derived'] = 'sum_of_scopes';

export function recordOf(g: Golden, unit: string): UnitYearRecord {
  const doc = docIdOf(g);
  const values: (number | null)[] = [];
  const approx: string[] = [];
  const derived = new Set<number>();
  for (const ind of defaultIndicators) {
    const choice = chooseValue(g.figures, ind.id, ind.unit === '%');
    values.push(choice ? choice.value : null);
    if (choice?.approx) approx.push(ind.id);
    for (const i of choice?.derivedFrom ?? []) derived.add(i);
  }
  const catalogue = new Set(defaultIndicators.map((i) => i.id));
  const domains: Record<string, Record<string, number>> = {};
  const scopes: Record<string, Record<string, number>> = {};
  const evidence: Evidence[] = g.figures.map((f, i) => {
    if (catalogue.has(f.indicator)) {
      if (f.domain !== undefined) addPart(domains, f.indicator, f.domain, f.value, true);
      else if (f.scope !== undefined) addPart(scopes, f.indicator, f.scope, f.value, false);
    }
    return {
      indicator: f.indicator,
      ...(f.domain !== undefined ? { domain: f.domain } : {}),
      ...(f.scope !== undefined ? { scope: f.scope } : {}),
      doc,
      quote: f.quote,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      ...(derived.has(i) ? { derived: SUM_OF_SCOPES } : {}),
    };
  });
  for (const w of g.weaknesses) evidence.push({ weakness: w.category, doc, quote: w.quote });
  const weaknesses = [...new Set(g.weaknesses.map((w) => w.category))];
  return markSeparateFigures(
    {
      unit,
      year: g.year,
      values,
      ...(approx.length > 0 ? { approx } : {}),
      ...(Object.keys(domains).length > 0 ? { domains } : {}),
      ...(Object.keys(scopes).length > 0 ? { scopes } : {}),
      ...(weaknesses.length > 0 ? { weaknesses } : {}),
      evidence,
    },
    defaultIndicators,
  );
}

/** A unit's size only where a report states it (never invented). */
function sizeOf(g: Golden): Pick<Unit, 'officers' | 'entities'> {
  const entities = chooseValue(g.figures, 'supervised_entities', false);
  const officers = chooseValue(g.figures, 'enforcement_officers', false);
  return {
    ...(officers && officers.derivedFrom.length === 0 ? { officers: officers.value } : {}),
    ...(entities && entities.derivedFrom.length === 0 ? { entities: entities.value } : {}),
  };
}

/**
 * Whose figures a city's report gives (contract 1.2), by the reader's own rule over the
 * hand-extracted quotes: 许昌's “我市随机监督检查抽查数1609户” speaks for the whole city.
 */
function extentOfGolden(g: Golden, level: Level): Extent | null {
  let at = 0;
  const placed = g.figures.map((f) => {
    const start = at;
    at += f.quote.length + 1;
    return { start, end: start + f.quote.length };
  });
  return extentFor(level, readExtent(g.figures.map((f) => f.quote).join('。'), placed));
}

export function buildSeeds(dir: string, tree: readonly DivisionNode[] = loadDivisionTree()): Dataset {
  const goldens = readGolden(dir);
  const regions = regionsFromDivision(tree);
  const units = new Map<string, Unit>();
  const documents: SourceDocument[] = [];
  const records: UnitYearRecord[] = [];
  for (const g of goldens) {
    const region = regionOf(g, regions);
    for (const r of withAncestors(regions, region.code)) {
      if (!units.has(r.code)) units.set(r.code, { code: r.code, name: r.name, level: r.level, parent: r.parent });
    }
    const own = units.get(region.code);
    if (own) units.set(region.code, { ...own, ...sizeOf(g) });
    documents.push({
      id: docIdOf(g),
      title: titleOf(g),
      unit: region.code,
      year: g.year,
      ...(g.docNumber !== null ? { docNumber: g.docNumber } : {}),
      ...(g.reportDate !== null ? { date: g.reportDate } : {}),
    });
    const record = recordOf(g, region.code);
    const extent = extentOfGolden(g, region.level);
    const { unit, year, ...rest } = record;
    records.push(extent ? { unit, year, extent, ...rest } : record);
  }
  const dates = goldens
    .map((g) => g.reportDate)
    .filter((d): d is string => d !== null)
    .sort();
  const asOf = dates[dates.length - 1] ?? `${Math.max(...goldens.map((g) => g.year))}-12-31`;
  return withRequiredVersion({
    schemaVersion: SCHEMA_VERSION,
    meta: {
      id: 'seeds',
      name: { zh: '五份真实年度报告', en: 'Five real annual reports' },
      synthetic: false,
      asOf,
      description: {
        zh: '五个卫生健康部门公开发布的年度法治政府建设情况报告，数字均附原文引述。',
        en: 'Five health commissions’ published annual reports, every figure with its exact quote.',
      },
      source: {
        zh: '各单位公开发布的年度法治政府建设情况报告（人工摘录，保留原文）',
        en: 'Public annual reports on building rule-of-law government (hand-extracted, quotes kept verbatim)',
      },
    },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents,
    units: [...units.values()].sort(byCode),
    records: records.sort(byUnitYear),
  });
}
