/**
 * The synthetic dataset generator shared by the Henan demo and the national file: real regions
 * (names, codes, levels, parents), invented figures. Each unit draws from its own PRNG stream
 * (seed + code), so a unit's figures do not depend on which other units are generated.
 */
import type { Dataset, DatasetMeta, Evidence, Unit, UnitYearRecord } from '../../contract/schema.ts';
import { SCHEMA_VERSION } from '../../contract/schema.ts';
import { withRequiredVersion } from '../../contract/schemaVersion.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { byCode } from './json-out.ts';
import { Rng } from './prng.ts';
import { isCountyLevel, type Region } from '../../domain/regions.ts';
import { caseDomains, disclosureReportFigures, makeProfile, makeWalks, yearFigures, type Profile } from './synth-values.ts';
import { weaknessChains } from './synth-weaknesses.ts';

export const SYNTHETIC_DOC = { id: 'synthetic', title: '演示数据（合成，非真实报告）' };

export interface SynthOptions {
  regions: readonly Region[];
  seed: number;
  years: readonly number[];
  meta: DatasetMeta;
  /**
   * Smaller output for the national file: no synthetic weakness quotes (the categories stay) and
   * double-random scope parts only for tasks assigned.
   */
  compact?: boolean;
}

/** How often each indicator goes unreported: core figures almost always appear, rarer ones less. */
const core = new Set([
  'random_tasks_assigned',
  'random_tasks_completed',
  'random_completion_rate',
  'inspections',
  'supervised_entities',
  'penalty_cases',
  'fines_yuan',
  'enforcement_officers',
  'publicity_events',
]);
const common = new Set([
  'random_sampled_entities',
  'random_publicity_rate',
  'site_visits',
  'coverage_rate',
  'confiscated_yuan',
  'collective_discussion_cases',
  'legal_review_rate',
  'reconsideration_cases',
  'litigation_cases',
  'complaints_received',
  'complaints_handled_rate',
  'study_sessions',
  'training_sessions',
  'officers_aged_50_plus',
  'certification_rate',
  'materials_distributed',
  'service_items',
]);
const missingBase = (id: string): number => (core.has(id) ? 0.02 : common.has(id) ? 0.05 : 0.12);
/** Earlier years are reported less completely. */
const yearSilence = [1.8, 1.4, 1, 0.8, 0.6];

function recordFor(rng: Rng, nianbao: Rng, code: string, profile: Profile, years: readonly number[], compact: boolean): UnitYearRecord[] {
  const walks = makeWalks(rng, years.length);
  const categories = defaultWeaknessCategories.map((c) => c.id);
  const chains = weaknessChains(rng, profile, categories, years.length);
  return years.map((year, t) => {
    const { values: common, scopes } = yearFigures(rng, profile, walks, t);
    const extra = disclosureReportFigures(nianbao, profile, common);
    const values = { ...common, ...extra };
    const silence = profile.silence * (yearSilence[t] ?? 1);
    const out: (number | null)[] = defaultIndicators.map((ind) => {
      const x = values[ind.id];
      if (x === undefined) throw new Error(`generator has no value for ${ind.id}`);
      return (ind.id in extra ? nianbao : rng).chance(missingBase(ind.id) * silence) ? null : x;
    });
    const at = (id: string): number | null => out[defaultIndicators.findIndex((ind) => ind.id === id)] ?? null;
    const reportedScopes: Record<string, Record<string, number>> = {};
    for (const [id, parts] of Object.entries(scopes)) {
      if (at(id) !== null && (!compact || id === 'random_tasks_assigned')) reportedScopes[id] = parts;
    }
    const cases = at('penalty_cases');
    const split = cases === null ? undefined : caseDomains(rng, cases);
    const chain = chains[t] ?? { categories: [], quotes: [] };
    const evidence: Evidence[] = chain.categories.map((w, i) => ({ weakness: w, doc: SYNTHETIC_DOC.id, quote: chain.quotes[i] ?? w }));
    return {
      unit: code,
      year,
      // A city's generated figures are sized as a commission's own work (like a county's), and the
      // screens add them to its units': said so, since 1.2 lets a record say otherwise.
      ...(profile.level === 'city' ? { extent: 'own' as const } : {}),
      values: out,
      ...(split ? { domains: { penalty_cases: split } } : {}),
      ...(Object.keys(reportedScopes).length > 0 ? { scopes: reportedScopes } : {}),
      weaknesses: chain.categories,
      ...(compact ? {} : { evidence }),
    };
  });
}

export function generateDataset(opts: SynthOptions): Dataset {
  const regions = [...opts.regions].sort(byCode);
  const profiles = new Map<string, Profile>();
  // County-level units first: a city's population is the sum of its counties'.
  for (const r of regions) {
    if (isCountyLevel(r.level)) profiles.set(r.code, makeProfile(Rng.derive(opts.seed, r.code, 'size'), r.level, 0));
  }
  const childPopulation = (code: string): number =>
    regions.filter((r) => r.parent === code).reduce((s, r) => s + (profiles.get(r.code)?.population ?? 0), 0);
  for (const r of regions) {
    if (r.level === 'city') profiles.set(r.code, makeProfile(Rng.derive(opts.seed, r.code, 'size'), r.level, childPopulation(r.code)));
  }
  const records: UnitYearRecord[] = [];
  const units: Unit[] = regions.map((r) => {
    const profile = profiles.get(r.code);
    const unit: Unit = { code: r.code, name: r.name, level: r.level, parent: r.parent };
    if (!profile) return unit;
    const own = recordFor(
      Rng.derive(opts.seed, r.code, 'years'),
      Rng.derive(opts.seed, r.code, 'nianbao'),
      r.code,
      profile,
      opts.years,
      opts.compact ?? false,
    );
    records.push(...own);
    const last = own[own.length - 1]?.values ?? [];
    const latest = (id: string): number | undefined => last[defaultIndicators.findIndex((ind) => ind.id === id)] ?? undefined;
    return {
      ...unit,
      population: profile.population,
      officers: latest('enforcement_officers') ?? profile.officers,
      entities: latest('supervised_entities') ?? profile.entities,
    };
  });
  return withRequiredVersion({
    schemaVersion: SCHEMA_VERSION,
    meta: opts.meta,
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents: [SYNTHETIC_DOC],
    units,
    records,
  });
}
