/**
 * A small city dataset as an office would make it (新建数据集 for 杭州市): the province above, the
 * city, districts, counties and a county-level city; figures only for some units. Real-looking
 * codes, invented figures; each test sets the records it needs.
 */
import type { Dataset, Evidence, UnitYearRecord } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../../src/domain/catalogue.ts';

const ids = defaultIndicators.map((i) => i.id);

export const HZ = {
  province: '330000',
  city: '330100',
  shangcheng: '330102',
  gongshu: '330105',
  xihu: '330106',
  tonglu: '330122',
  chunan: '330127',
  jiande: '330182',
} as const;

export function rec(unit: string, year: number, values: Record<string, number>, extra: Partial<UnitYearRecord> = {}): UnitYearRecord {
  return { unit, year, values: ids.map((id) => values[id] ?? null), ...extra };
}

export const cell = (file: string, ref: string, indicator: string, value: number): Evidence => ({
  indicator,
  doc: `tpl-${file}`,
  quote: `模板 ${file} 工作表 填报 单元格 ${ref}`,
  value,
});

export function hangzhou(records: UnitYearRecord[], extra: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1.2,
    meta: { id: 'hz', name: { zh: '杭州市2024年法治建设', en: 'Hangzhou 2024' }, synthetic: false, asOf: '2025-03-01' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents: [
      { id: 'tpl-杭州市填报.xlsx', title: '填报模板 杭州市填报.xlsx', year: 2024 },
      { id: 'r-xihu', title: '西湖区卫生健康局2024年法治政府建设情况报告', unit: HZ.xihu, year: 2024 },
    ],
    units: [
      { code: HZ.province, name: '浙江省', level: 'province', parent: null },
      { code: HZ.city, name: '杭州市', level: 'city', parent: HZ.province },
      { code: HZ.shangcheng, name: '上城区', level: 'district', parent: HZ.city },
      { code: HZ.gongshu, name: '拱墅区', level: 'district', parent: HZ.city },
      { code: HZ.xihu, name: '西湖区', level: 'district', parent: HZ.city },
      { code: HZ.tonglu, name: '桐庐县', level: 'county', parent: HZ.city },
      { code: HZ.chunan, name: '淳安县', level: 'county', parent: HZ.city },
      { code: HZ.jiande, name: '建德市', level: 'county_city', parent: HZ.city },
    ],
    records,
    ...extra,
  };
}
