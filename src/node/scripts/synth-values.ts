/**
 * Synthetic figures for one unit: a size profile (population, supervised entities, enforcement
 * officers, share aged 50+) and, per year, a value for every catalogue indicator. Magnitudes are
 * calibrated on the seed reports (卫滨 376 inspections, 483 visits, 82 national random tasks,
 * 14 cases, ~53,364元 fines; 湖滨 67 cases, 18.25万元, 60 complaints; publicity 13–22 events …).
 */
import type { Level } from '../../contract/schema.ts';
import { domains } from '../../domain/catalogue.ts';
import { round } from './json-out.ts';
import type { Rng } from './prng.ts';

export interface Profile {
  level: Level;
  population: number;
  entities: number;
  officers: number;
  /** Share of officers aged 50+ (2021). */
  share50: number;
  /** Activity multiplier (≈0.6–1.6): some units simply do more. */
  diligence: number;
  /** Multiplies the chance that a figure is not reported. */
  silence: number;
  /** Unit-level rates, drawn once so a unit keeps its character across years. */
  rates: Record<string, number>;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const isCity = (level: Level): boolean => level === 'city';

/** A size profile. A city's population is its jurisdiction's (sum of its counties) when given. */
export function makeProfile(rng: Rng, level: Level, childPopulation: number): Profile {
  let population: number;
  let entities: number;
  let officers: number;
  if (isCity(level)) {
    population = childPopulation > 0 ? childPopulation : round(rng.uniform(1.2e6, 8e6), -3);
    entities = round(rng.uniform(600, 2600));
    officers = round(rng.uniform(18, 55));
  } else {
    const [lo, hi] = level === 'district' ? [150e3, 900e3] : level === 'county_city' ? [350e3, 1.3e6] : [250e3, 1.4e6];
    population = round(rng.uniform(lo, hi), -3);
    const density = level === 'district' ? rng.uniform(1.4, 3.0) : rng.uniform(0.7, 1.9);
    entities = round(clamp((population / 1000) * density, 400, 2500));
    officers = round(clamp(entities / rng.logNormal(95, 0.35), 4, 25));
  }
  const rates: Record<string, number> = {
    national: rng.uniform(0.035, 0.08),
    provincial: rng.uniform(0.12, 0.3),
    joint: rng.int(2, 12),
    inspections: rng.uniform(0.15, 0.45),
    penalties: clamp(rng.logNormal(0.018, 0.55), 0.003, 0.06),
    finePerCase: rng.logNormal(3600, 0.45),
    complaints: rng.uniform(0.6, 2.2),
    study: rng.int(6, 22),
    training: rng.int(3, 12),
    publicity: rng.int(8, 24),
    posts: isCity(level) ? rng.uniform(300, 1200) : rng.uniform(20, 220),
    institutions: rng.int(20, 200),
    services: rng.uniform(0.1, 0.9),
    reminders: rng.uniform(0.3, 2.5),
    teams: isCity(level) ? rng.int(8, 16) : rng.int(2, 8),
  };
  return {
    level,
    population,
    entities,
    officers,
    share50: rng.uniform(0.1, 0.8),
    diligence: clamp(rng.logNormal(1, 0.3), 0.55, 1.7),
    silence: clamp(rng.logNormal(1, 0.45), 0.3, 3),
    rates,
  };
}

/** Year-on-year multiplicative drift ±(5–15)% around a trend, one walk per indicator family. */
export function drift(rng: Rng, years: number, trend: number): number[] {
  const out = [1];
  for (let t = 1; t < years; t++) {
    const step = (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.05, 0.15);
    out.push((out[t - 1] ?? 1) * (1 + trend + step));
  }
  return out;
}

const trends: Record<string, number> = {
  tasks: 0.03,
  inspections: 0.02,
  penalties: 0.02,
  complaints: 0.04,
  training: 0.02,
  publicity: 0.03,
  posts: 0.08,
  services: 0.06,
  flat: 0,
};

export type Walks = Record<string, number[]>;

export function makeWalks(rng: Rng, years: number): Walks {
  const out: Walks = {};
  for (const [family, trend] of Object.entries(trends)) out[family] = drift(rng, years, trend);
  return out;
}

export interface YearFigures {
  values: Record<string, number>;
  scopes: Record<string, Record<string, number>>;
}

const rateOr100 = (rng: Rng, p100: number, lo: number): number => (rng.chance(p100) ? 100 : round(rng.uniform(lo, 99.9), 1));
const round10 = (x: number): number => Math.max(0, round(x, -1));

/** Every catalogue indicator's value for year index t (0 = first year). */
export function yearFigures(rng: Rng, p: Profile, walks: Walks, t: number): YearFigures {
  const r = p.rates;
  const w = (family: string): number => walks[family]?.[t] ?? 1;
  const rate = (key: string): number => r[key] ?? 0;
  const city = isCity(p.level);
  const entities = round(p.entities * (1 + 0.015 * t) * rng.uniform(0.98, 1.02));
  const officers = Math.max(3, p.officers + (rng.chance(0.3) ? rng.pick([-1, 1]) : 0) - (p.share50 > 0.6 && t >= 3 ? 1 : 0));
  const old = Math.min(officers, round(officers * Math.min(0.95, p.share50 + 0.02 * t)));

  const national = Math.max(1, round(entities * rate('national') * w('tasks')));
  const provincial = round(national * rate('provincial'));
  const joint = Math.max(1, round(rate('joint') * w('tasks')));
  const assigned = national + provincial + joint;
  const shortfall = rng.chance(0.9) ? 0 : Math.min(national, rng.int(1, Math.max(1, round(assigned * 0.05))));
  const completed = assigned - shortfall;

  const inspections = round(entities * rate('inspections') * p.diligence * w('inspections'));
  const cases = round(entities * rate('penalties') * p.diligence * w('penalties'));
  let fines = cases === 0 ? 0 : round(cases * rate('finePerCase') * rng.uniform(0.7, 1.3));
  if (cases > 0 && rng.chance(0.05)) fines += round(rng.logNormal(80000, 0.6));
  const certified = rng.chance(0.8) ? officers : officers - rng.int(1, Math.max(1, round(officers * 0.15)));
  const training = Math.max(1, round(rate('training') * w('training')));
  const events = Math.max(1, round(rate('publicity') * (city ? 1.2 : 1) * w('publicity')));
  const complaintBase = (p.population / 10000) * (city ? 0.3 : 1);

  const values: Record<string, number> = {
    random_tasks_assigned: assigned,
    random_tasks_completed: completed,
    random_sampled_entities: round(assigned * rng.uniform(0.9, 1.4)),
    random_completion_rate: round((completed / assigned) * 100, 1),
    random_publicity_rate: rateOr100(rng, 0.85, 88),
    inspections,
    site_visits: round(inspections * rng.uniform(1.1, 1.5)),
    supervised_entities: entities,
    coverage_rate: rateOr100(rng, 0.7, 85),
    penalty_cases: cases,
    fines_yuan: fines,
    confiscated_yuan: cases > 0 && rng.chance(0.45) ? round(fines * rng.uniform(0.005, 0.3)) : 0,
    collective_discussion_cases: round(cases * rng.uniform(0.08, 0.45)),
    legal_review_rate: rateOr100(rng, 0.85, 90),
    reconsideration_cases: rng.weighted(city ? [0.55, 0.25, 0.12, 0.08] : [0.72, 0.2, 0.08]),
    litigation_cases: rng.weighted(city ? [0.65, 0.22, 0.13] : [0.82, 0.14, 0.04]),
    mitigated_cases: round(cases * rng.uniform(0, 0.35)),
    case_follow_ups: round(cases * rng.uniform(0.5, 1.2)),
    complaints_received: round(complaintBase * rate('complaints') * w('complaints')),
    complaints_handled_rate: rateOr100(rng, 0.75, 92),
    satisfaction_rate: rateOr100(rng, 0.5, 85),
    disputes_resolved_rate: rateOr100(rng, 0.6, 85),
    petitions_resolved: city ? rng.int(5, 40) : rng.int(0, 8),
    study_sessions: Math.max(1, round(rate('study') * w('training'))),
    training_sessions: training,
    exams: rng.int(1, 4),
    trained_person_times: round(officers * training * rng.uniform(0.7, 1.3)),
    enforcement_officers: officers,
    officers_aged_50_plus: old,
    certified_officers: certified,
    certification_rate: round((certified / officers) * 100, 1),
    officers_newly_qualified: rng.int(0, Math.max(1, round(officers * 0.3))),
    publicity_events: events,
    materials_distributed: round10(events * rng.logNormal(60, 0.6)),
    consultations: round10(events * rng.uniform(5, 40)),
    online_posts: round(rate('posts') * w('posts')),
    outreach_institutions: round(rate('institutions') * w('publicity')),
    outreach_people: Math.max(0, round(events * rng.uniform(40, 200), -2)),
    service_items: round(entities * rate('services') * w('services')),
    license_reminders: round(entities * rate('reminders') * w('services')),
    disclosure_requests: city ? rng.int(3, 20) : rng.int(0, 6),
    major_decisions: rng.int(0, 3),
    emergencies_handled: rng.weighted([0.35, 0.35, 0.2, 0.1]),
    emergency_teams: rate('teams'),
  };
  const parts = (n: number, c: number, j: number) => ({ national: n, provincial: c, joint: j });
  return {
    values,
    scopes: {
      random_tasks_assigned: parts(national, provincial, joint),
      random_tasks_completed: parts(national - shortfall, provincial, joint),
    },
  };
}

const domainWeights: Record<string, number> = {
  medical: 0.58,
  public_places: 0.14,
  infectious_disease: 0.07,
  drinking_water: 0.05,
  disinfection_products: 0.04,
  smoking: 0.04,
  radiation: 0.03,
  occupational: 0.03,
  school: 0.02,
};

/**
 * Penalty cases by domain: most records split the whole total; some list only the two largest
 * domains (parts that do not add up, as reports do); a few give no breakdown.
 */
export function caseDomains(rng: Rng, cases: number): Record<string, number> | undefined {
  if (cases <= 0) return undefined;
  const mode = rng.next();
  if (mode >= 0.93) return undefined;
  const keys = domains.filter((d) => domainWeights[d] !== undefined);
  const weights = keys.map((d) => domainWeights[d] ?? 0);
  const counts = new Map<string, number>();
  for (let i = 0; i < cases; i++) {
    const d = keys[rng.weighted(weights)];
    if (d !== undefined) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const d of keys) {
    const n = counts.get(d);
    if (n && (mode < 0.85 || d === 'medical' || d === 'public_places')) out[d] = n;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The figures only a 政府信息公开年报 states (licensing and coercive decisions, fees, the fate of
 * disclosure requests and the disputes over them), drawn from a stream of their own so that adding
 * them left every other synthetic figure as it was.
 */
export function disclosureReportFigures(rng: Rng, p: Profile, values: Readonly<Record<string, number>>): Record<string, number> {
  const city = isCity(p.level);
  const requests = values.disclosure_requests ?? 0;
  return {
    licence_decisions: round((values.service_items ?? 0) * rng.uniform(0.3, 0.7)),
    coercive_measures: round((values.penalty_cases ?? 0) * rng.uniform(0, 0.08)),
    // Health commissions collect next to no administrative fees.
    fees_collected_yuan: rng.chance(city ? 0.8 : 0.94) ? 0 : round(rng.uniform(2000, 60000), -2),
    disclosure_granted: round(requests * rng.uniform(0.3, 0.8)),
    disclosure_reconsiderations: requests > 8 && rng.chance(0.3) ? 1 : 0,
    disclosure_lawsuits: requests > 8 && rng.chance(0.1) ? 1 : 0,
  };
}
