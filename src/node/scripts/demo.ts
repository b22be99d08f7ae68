/** The Henan demo dataset: every county-level unit of 河南省 and its cities, 2021–2025, synthetic. */
import type { Dataset } from '../../contract/schema.ts';
import { loadDivisionTree } from './node-io.ts';
import { regionsFromDivision, type DivisionNode } from '../../domain/regions.ts';
import { withRequiredVersion } from '../../contract/schemaVersion.ts';
import { demoTargets } from './demo-targets.ts';
import { generateDataset } from './synth.ts';

export const DEMO_SEED = 20260115;
export const DEMO_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const DEMO_AS_OF = '2026-01-15';

export function buildDemo(tree: readonly DivisionNode[] = loadDivisionTree()): Dataset {
  const ds = generateDataset({
    regions: regionsFromDivision(tree, { provinces: ['41'] }),
    seed: DEMO_SEED,
    years: DEMO_YEARS,
    meta: {
      id: 'demo',
      name: { zh: '河南省演示数据（合成）', en: 'Henan demo data (synthetic)' },
      synthetic: true,
      asOf: DEMO_AS_OF,
      description: {
        zh: '程序生成的演示数据：单位名称和区划代码真实，所有数字和问题均为合成，不是任何单位的真实报告。',
        en: 'Generated demo data: real unit names and codes, every figure and weakness invented; not any unit’s real report.',
      },
      source: { zh: '合成数据（固定随机种子生成）', en: 'Synthetic (generated with a fixed seed)' },
    },
  });
  // Targets (1.1) and extent (1.2): the demo says the version that has them, so an older reader
  // refuses it rather than drop them.
  return withRequiredVersion({ ...ds, targets: demoTargets });
}

/**
 * The national synthetic dataset: every county-level unit of China, same generator and seed (a
 * Henan unit has the same figures as in the demo). Compact, to stay a few MB.
 */
export function buildNational(tree: readonly DivisionNode[] = loadDivisionTree(), provinces?: readonly string[]): Dataset {
  return generateDataset({
    regions: regionsFromDivision(tree, provinces ? { provinces } : {}),
    seed: DEMO_SEED,
    years: DEMO_YEARS,
    compact: true,
    meta: {
      id: 'national',
      name: { zh: '全国演示数据（合成）', en: 'National demo data (synthetic)' },
      synthetic: true,
      asOf: DEMO_AS_OF,
      description: {
        zh: '程序生成的全国演示数据：区划真实，所有数字和问题均为合成，不是真实报告。',
        en: 'Generated national demo data: real regions, every figure and weakness invented; not real reports.',
      },
      source: { zh: '合成数据（固定随机种子生成）', en: 'Synthetic (generated with a fixed seed)' },
    },
  });
}
