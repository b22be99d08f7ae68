/**
 * What kind of quantity an indicator's unit measures, which decides its range: a rate (%) is
 * 0–100, a count of things (件, 次, 人 …) is a whole number ≥ 0, anything else (元, 万元, a unit
 * this list does not know) only ≥ 0.
 */
export type Measure = 'rate' | 'count' | 'amount';

/** 量词 that count whole things or occurrences. */
const COUNTING_UNITS = new Set([
  '件',
  '次',
  '户',
  '家',
  '人次',
  '户次',
  '人',
  '名',
  '场',
  '场次',
  '份',
  '篇',
  '条',
  '项',
  '起',
  '支',
  '所',
  '个',
  '部',
  '期',
  '批',
  '类',
  '副',
  '张',
  '本',
  '台',
  '辆',
  '处',
  '宗',
  '例',
  '封',
  '册',
  '幅',
]);

export function measureOf(unit: string | undefined): Measure {
  if (unit === undefined) return 'amount';
  const u = unit.trim();
  if (u === '%' || u === '％') return 'rate';
  return COUNTING_UNITS.has(u) ? 'count' : 'amount';
}

export type RangeProblem = 'negative' | 'rate_over_100' | 'not_integer';

/** The first way `x` breaks its measure's range, if any. */
export function rangeProblem(x: number, measure: Measure): RangeProblem | undefined {
  if (x < 0) return 'negative';
  if (measure === 'rate' && x > 100) return 'rate_over_100';
  if (measure === 'count' && !Number.isInteger(x)) return 'not_integer';
  return undefined;
}
