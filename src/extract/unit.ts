/**
 * Who wrote the report, for which year, under which document number. The unit is read from the
 * title block (新乡市卫滨区卫生健康委员会文件), the signature, or — for a report without a title
 * (seed 004) — the first sentence naming a region's health commission.
 */
import type { Level } from '../data/schema.ts';

export interface ReportUnit {
  /** The commission as written, from the innermost region on: 卫滨区卫生健康委员会. */
  name: string;
  /** The region: 卫滨区, 许昌市, 新县. */
  region: string;
  /** Level by the region's suffix; a 市 under a stated 市 is a county-level city. */
  level: Level;
  /** The region above, where the report states it (新乡市 in 新乡市卫滨区). */
  parentRegion?: string;
  /** The province, where stated. */
  province?: string;
}

const ORG = '卫生健康委员会|卫生健康委|卫生健康局|卫生和计划生育委员会|卫生计生委|卫计委|卫健委|卫健局|卫生局';
const SEGMENT = '[\\u4e00-\\u9fa5]{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)';
const UNIT_RE = new RegExp(`((?:${SEGMENT}){1,3})(${ORG})`, 'g');
const SEGMENT_RE = new RegExp(SEGMENT, 'g');
/** Words that end a phrase before a region name: 在市卫健委 is not the region 在市. */
const LEADING_FUNCTION = /^[在对由向与和及的了是将把从为于按据经被受至]/;

function levelOf(segment: string, hasCityAbove: boolean): Level {
  if (/(?:省|自治区|特别行政区)$/.test(segment)) return 'province';
  if (/(?:区)$/.test(segment) && !/地区$/.test(segment)) return 'district';
  if (/(?:县|旗)$/.test(segment)) return 'county';
  if (/市$/.test(segment)) return hasCityAbove ? 'county_city' : 'city';
  return 'city'; // 州, 盟, 地区
}

function parseUnit(regions: string, org: string): ReportUnit | null {
  const segs = [...regions.matchAll(SEGMENT_RE)].map((m) => m[0]);
  const first = segs[0];
  if (!first || LEADING_FUNCTION.test(first)) return null;
  const region = segs[segs.length - 1] ?? first;
  // 新县 is a county; a one-character 市/区 alone ("市卫健委") names no region.
  if (region.length < 2) return null;
  const above = segs.slice(0, -1);
  const province = above.find((s) => /(?:省|自治区)$/.test(s));
  const parent = [...above].reverse().find((s) => !/(?:省|自治区)$/.test(s)) ?? province;
  const level = levelOf(region, above.some((s) => /市$/.test(s)));
  return {
    name: `${region}${org}`,
    region,
    level,
    ...(parent ? { parentRegion: parent } : {}),
    ...(province ? { province } : {}),
  };
}

/**
 * The unit, from the first lines (title block and first sentence), else the last lines (the
 * signature). Runs on normalised text: no spaces, '\n' between paragraphs.
 */
export function findUnit(text: string): ReportUnit | null {
  // Names inside 《titles》 are other documents' (《新乡市卫生健康委员会减轻处罚事项清单》).
  const masked = text.replace(/《[^《》\n]{0,60}》/g, (m) => '□'.repeat(m.length));
  const head = masked.slice(0, 400);
  const tail = masked.slice(-200);
  for (const part of [head, tail]) {
    const found: ReportUnit[] = [];
    for (const m of part.matchAll(UNIT_RE)) {
      const u = parseUnit(m[1] ?? '', m[2] ?? '');
      if (u) found.push(u);
    }
    // The first mention, in its most specific form (one that states its parent region).
    const best = found[0];
    if (best) {
      const withParent = found.find((u) => u.region === best.region && u.parentRegion);
      return withParent ?? best;
    }
  }
  return null;
}

/** The report year: from the title (关于2025年法治政府建设…), else the first "2025年，". */
const CN_YEAR_DIGIT: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export function findYear(text: string): number | null {
  // 二〇二四年 → 2024年
  const head = text.slice(0, 600).replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) => Array.from(m).map((c) => CN_YEAR_DIGIT[c] ?? c).join(''));
  const title = /(\d{4})年度?[^。\n]{0,16}法治(?:政府)?建设/.exec(head) ?? /关于(\d{4})年/.exec(head);
  const opening = /(?:^|\n)(\d{4})年(?:度|以来)?[，,]/.exec(head);
  const raw = title?.[1] ?? opening?.[1];
  const year = raw ? Number(raw) : Number.NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

/** The document number of the title block: 卫滨卫健字〔2025〕47号. */
export function findDocNumber(text: string): string | null {
  const m = /([\u4e00-\u9fa5]{1,12})[〔［[(（【](\d{4})[〕］\])）】]第?(\d{1,4})号/.exec(text.slice(0, 400));
  if (!m) return null;
  return `${m[1] ?? ''}〔${m[2] ?? ''}〕${m[3] ?? ''}号`;
}

/** The date under the signature: 2025年12月9日 → 2025-12-09. */
export function findReportDate(text: string): string | null {
  const tail = text.slice(-120);
  const all = [...tail.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const m = all[all.length - 1];
  if (!m) return null;
  const [y, mo, d] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The title line: the line that says 报告, joined where a PDF broke it. */
export function findTitle(text: string): string | null {
  const lines = text.slice(0, 500).split('\n').slice(0, 8);
  const i = lines.findIndex((l) => /报告(?:[（(].{0,10}[)）])?$/.test(l) && !/[。，,]/.test(l) && l.length <= 60);
  if (i < 0) return null;
  const line = lines[i] ?? '';
  const prev = lines[i - 1] ?? '';
  // "卫滨区卫健委关于2025年法治政府建设" + "情况的报告"
  return /^[^，。]{0,12}报告$/.test(line) && /关于/.test(prev) ? `${prev}${line}` : line;
}
