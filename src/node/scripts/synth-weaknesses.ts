/**
 * Synthetic weaknesses: per unit and category a two-state Markov chain, so a shortcoming reported
 * one year is likely (70 %) reported the next. Base rates follow the seeds (understaffed,
 * competence, publicity_monotonous most common; aging_team ~30 %); understaffing follows the
 * entities-per-officer ratio, aging the 50+ share; informatization and professional complaints
 * rise from 2021 to 2025.
 */
import type { Rng } from './prng.ts';
import type { Profile } from './synth-values.ts';

const STAY = 0.7;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Prevalence of each category for a unit in year index t (0 = 2021), before unit heterogeneity. */
function prevalence(category: string, p: Profile, t: number): number {
  switch (category) {
    case 'understaffed': {
      const pressure = clamp(Math.log(p.entities / p.officers / 95) / 0.5, -1, 1);
      return 0.5 + 0.32 * pressure;
    }
    case 'aging_team':
      return 0.3 + 0.25 * clamp((p.share50 + 0.02 * t - 0.45) / 0.3, -1, 1);
    case 'competence':
      return 0.5;
    case 'publicity_monotonous':
      return 0.45;
    case 'integration':
      return 0.18;
    case 'case_quality':
      return 0.15;
    case 'funding':
      return 0.12;
    case 'training_mechanism':
      return 0.12;
    case 'public_supervision':
      return 0.1;
    case 'awareness':
      return 0.07;
    case 'informatization':
      return 0.08 + 0.06 * t;
    case 'professional_complaints':
      return 0.05 + 0.045 * t;
    default:
      return 0.1;
  }
}

const templates: Record<string, readonly string[]> = {
  understaffed: ['卫生监督执法力量不足', '执法人员数量与监管任务不匹配', '基层执法队伍人员严重不足'],
  aging_team: ['执法人员年龄结构老化', '执法队伍年龄偏大、人员流失', '50岁以上执法人员占比较高'],
  competence: ['部分执法人员能力水平不足', '执法人员专业素质有待提高', '执法能力与新业态不匹配'],
  case_quality: ['案卷质量有待提升', '部分执法文书制作不规范', '执法程序意识不强'],
  publicity_monotonous: ['普法宣传形式比较单一', '普法针对性有待提高', '宣传覆盖面存在局限'],
  integration: ['法治建设与业务工作融合不够', '法治思维融合深度不足'],
  informatization: ['信息化建设水平有待提升', '执法信息互联互通不足', '信息化执法装备投入不够'],
  funding: ['资源保障投入不足', '执法经费和装备保障不足'],
  professional_complaints: ['职业投诉应对缺乏统一制度', '职业索赔类投诉增多，应对办法不足'],
  public_supervision: ['群众监督举报机制仍需完善', '社会满意度仍有差距'],
  awareness: ['思想认识存在偏差', '部分干部把法治建设当作软任务'],
  training_mechanism: ['培训机制不够完善', '培训重理论轻实践'],
};

export interface WeaknessYear {
  categories: string[];
  quotes: string[];
}

/** The categories a unit reports each year (catalogue order), with a quote for each. */
export function weaknessChains(rng: Rng, p: Profile, categories: readonly string[], years: number): WeaknessYear[] {
  const reported: boolean[][] = [];
  const wording = new Map<string, string>();
  const bias = new Map<string, number>();
  for (const c of categories) {
    bias.set(c, clamp(rng.logNormal(1, 0.3), 0.5, 1.8));
    wording.set(c, rng.pick(templates[c] ?? ['存在不足']));
  }
  const level = (c: string, t: number): number => clamp(prevalence(c, p, t) * (bias.get(c) ?? 1), 0.01, 0.9);
  for (let t = 0; t < years; t++) {
    const row = categories.map((c, i) => {
      const pt = level(c, t);
      const before = reported[t - 1]?.[i];
      if (before === undefined) return rng.chance(pt);
      return rng.chance(before ? STAY : Math.min(0.95, (0.3 * pt) / (1 - pt)));
    });
    if (!row.some(Boolean)) {
      // Every report lists at least one shortcoming: the unit's most likely one.
      let best = 0;
      categories.forEach((c, i) => {
        if (level(c, t) > level(categories[best] ?? c, t)) best = i;
      });
      row[best] = true;
    }
    reported.push(row);
  }
  return reported.map((row) => {
    const chosen = categories.filter((_, i) => row[i]);
    return { categories: chosen, quotes: chosen.map((c) => wording.get(c) ?? '存在不足') };
  });
}
