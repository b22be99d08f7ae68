/**
 * Who wrote the report, for which year, under which document number. The unit is read from the
 * title block (新乡市卫滨区卫生健康委员会文件), the signature, or — for a report without a title
 * (seed 004) — the first sentence naming a region's health commission.
 */
import type { Level } from '../contract/schema.ts';

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
  /** The place phrase as written before the commission word (新乡市卫滨区, 温州, 金普新区). */
  written?: string;
  /** Where the name was read: the title block or opening, the signature, or the unit's own document titles. */
  basis?: UnitBasis;
  /** Further readings, in order, for when this one is no region of GB/T 2260. */
  alternatives?: readonly ReportUnit[];
}

export type UnitBasis = 'heading' | 'signature' | 'own_document';

/**
 * The commission, and its enforcement arm, which writes supervision summaries and news items in its
 * own name: 卫生监督所, 卫生健康综合监督执法局, 卫生健康综合行政执法支队/大队.
 */
const ORG =
  '卫生健康综合(?:行政)?(?:监督)?执法(?:局|支队|大队|队)|卫生(?:健康|计生)?(?:综合)?监督(?:执法)?(?:所|局|支队|大队)|卫生健康委员会|卫生健康委|卫生健康局|卫生和计划生育委员会|卫生计生委|卫计委|卫健委|卫健局|卫生局';
const SEGMENT = '[\\u4e00-\\u9fa5]{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州(?![市区县])|盟|区|县|旗)';
const SEGMENT_RE = new RegExp(SEGMENT, 'g');
/** A commission and the place phrase written before it (up to 16 characters, no punctuation). */
const MENTION_RE = new RegExp(`([\\u4e00-\\u9fa5]{0,16}?)(${ORG})`, 'g');
/** In a document title of the unit's own: also 卫生健康系统 (《三明市卫生健康系统法治宣传教育…规划》). */
const OWN_DOC_RE = new RegExp(`《([\\u4e00-\\u9fa5]{2,16}?)(${ORG}|卫生健康系统|卫健系统)`, 'g');
/** Words that end a phrase before a region name: 在市卫健委 is not the region 在市. */
const LEADING_FUNCTION = /^[在对由向与和及的了是将把从为于按据经被受至]/;
/** The commission named by its level alone (市卫健委, 区卫生健康局, 我局; 原区卫生计生委, its former name): the writer, region unstated. */
const SELF_REFERENCE = /(?:^|[在对由向与和及的了是将把从为于按据经被受至全本各我该原])([省市区县旗]?)$/;
/** Bodies that are not a local unit: 国家卫生健康委, 上级卫健委, 省级卫生健康委. */
const NOT_A_PLACE = /(?:国家|上级|省级|市级|县级|区级|本级|各级|乡镇|街道)$/;
/** A commission named as the body above that guides or leads (在…和市卫生健康委的指导下). */
const SUPERVISOR_AFTER = /^的?(?:正确|坚强|精心|有力|悉心|大力|具体)?(?:指导|领导|支持|帮助|部署|督导|关心)/;
/** Leading words of the phrase that are never part of a name: 2025年度上海市… → 上海市…. */
const PHRASE_NOISE = /^(?:年度?|度|月|日|.*?(?:关于|报告|印发|转发|召开))(?=[\u4e00-\u9fa5])/;

function levelOf(segment: string, hasCityAbove: boolean): Level {
  if (/(?:省|自治区|特别行政区)$/.test(segment)) return 'province';
  if (/(?:区)$/.test(segment) && !/地区$/.test(segment)) return 'district';
  if (/(?:县|旗)$/.test(segment)) return 'county';
  if (/市$/.test(segment)) return hasCityAbove ? 'county_city' : 'city';
  return 'city'; // 州, 盟, 地区, or a name written without its suffix (温州卫生健康委员会)
}

/**
 * The unit a place phrase and a commission word name. Splitting into regions here is by suffix
 * only; place.ts reads the phrase (`written`) against GB/T 2260, which decides what is a region.
 */
function parseUnit(phrase: string, org: string, basis: UnitBasis): ReportUnit | null {
  const written = phrase.replace(PHRASE_NOISE, '');
  if (written.length < 2 || LEADING_FUNCTION.test(written) || NOT_A_PLACE.test(written) || SELF_REFERENCE.test(written)) return null;
  const segs = [...written.matchAll(SEGMENT_RE)].map((m) => m[0]);
  const joined = segs.join('');
  // A name written without its suffix (温州卫生健康委员会): the whole phrase, or what follows the last suffix.
  const tail = written.slice(joined.length);
  const region = tail.length >= 2 ? tail : (segs[segs.length - 1] ?? written);
  if (region.length < 2) return null;
  const above = tail.length >= 2 ? segs : segs.slice(0, -1);
  const province = above.find((s) => /(?:省|自治区)$/.test(s));
  const parent = [...above].reverse().find((s) => !/(?:省|自治区)$/.test(s)) ?? province;
  const level = levelOf(
    region,
    above.some((s) => /市$/.test(s)),
  );
  return {
    name: `${region}${org}`,
    region,
    level,
    written,
    basis,
    ...(parent ? { parentRegion: parent } : {}),
    ...(province ? { province } : {}),
  };
}

interface Mention {
  unit: ReportUnit | null;
  /** The level word of a self-reference (市 in 市卫健委; '' for 我局), when the mention is one. */
  selfLevel: string | null;
  org: string;
}

function mentionsIn(part: string, offset: number, text: string, basis: UnitBasis): Mention[] {
  const out: Mention[] = [];
  for (const m of part.matchAll(MENTION_RE)) {
    const phrase = m[1] ?? '';
    const org = m[2] ?? '';
    const self = SELF_REFERENCE.exec(phrase.replace(PHRASE_NOISE, ''));
    const after = text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 8);
    if (self) {
      out.push({ unit: null, selfLevel: self[1] ?? '', org });
      continue;
    }
    if (SUPERVISOR_AFTER.test(after) || /在[^，。；]{0,12}$/.test(text.slice(Math.max(0, offset + m.index - 12), offset + m.index)))
      continue;
    out.push({ unit: parseUnit(phrase, org, basis), selfLevel: null, org });
  }
  return out;
}

const orgKind = (org: string): string => (/局$/.test(org) ? '局' : /委(?:员会)?$/.test(org) ? '委' : '');

/**
 * When the report names itself only by level (县卫生健康局, 市卫健委, 我委), the unit's own
 * documents name it in full: 《重庆市开州区卫生健康委员会关于…的通知》, 《三明市卫生健康系统…》.
 */
function ownDocuments(text: string, selves: readonly Mention[]): ReportUnit[] {
  const out: ReportUnit[] = [];
  for (const m of text.matchAll(OWN_DOC_RE)) {
    const written = m[2] ?? '';
    // 《三明市卫生健康系统…》 names the region; the commission is the one the report calls itself.
    const org = /系统$/.test(written) ? (selves.find((s) => s.org.length > 1)?.org ?? '卫生健康委') : written;
    const u = parseUnit(m[1] ?? '', org, 'own_document');
    if (!u) continue;
    const fits = selves.some(
      (s) =>
        (s.selfLevel === '' || u.region.endsWith(s.selfLevel ?? '')) && (orgKind(written) === '' || orgKind(written) === orgKind(s.org)),
    );
    if (fits) out.push(u);
  }
  return out;
}

/**
 * The unit, from the first lines (title block and first sentence), else the last lines (the
 * signature), else the unit's own documents when it names itself only by level. Later readings
 * stay as `alternatives`, for place.ts to try when the first is no region of GB/T 2260.
 * Runs on normalised text: no spaces, '\n' between paragraphs.
 */
export function findUnit(text: string): ReportUnit | null {
  // Names inside 《titles》 are other documents' (《新乡市卫生健康委员会减轻处罚事项清单》).
  const masked = text.replace(/《[^《》\n]{0,60}》/g, (m) => '□'.repeat(m.length));
  const tailStart = Math.max(0, masked.length - 200);
  const mentions = [
    ...mentionsIn(masked.slice(0, 400), 0, text, 'heading'),
    ...mentionsIn(masked.slice(tailStart), tailStart, text, 'signature'),
  ];
  const found: ReportUnit[] = [];
  for (const m of mentions) if (m.unit) found.push(m.unit);
  const selves = mentions.filter((m) => m.selfLevel !== null);
  for (const m of masked.matchAll(/[我本](委|局)/g)) selves.push({ unit: null, selfLevel: '', org: m[1] ?? '' });
  if (selves.length > 0 || found.length === 0)
    found.push(...ownDocuments(text, selves.length > 0 ? selves : [{ unit: null, selfLevel: '', org: '委' }]));
  const best = found[0];
  if (!best) return null;
  // The first mention, in its most specific form (one that states its parent region).
  const first = found.find((u) => u.region === best.region && u.parentRegion && u.basis === best.basis) ?? best;
  const seen = new Set([first.written]);
  const alternatives: ReportUnit[] = [];
  for (const u of found) {
    if (seen.has(u.written)) continue;
    seen.add(u.written);
    alternatives.push(u);
  }
  return alternatives.length ? { ...first, alternatives } : first;
}

/** The report year: from the title (关于2025年法治政府建设…), else the first "2025年，". */
const CN_YEAR_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * An excerpt without title or opening: the year that most often opens a clause on the work done
 * ("2022年，全区被监督单位3299户", "2022年我委主动公开"), not a plan's year (2023年工作打算).
 */
function clauseYear(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|[\n，。；])(\d{4})年(?:度)?(?:[，]|以来|[我全本共累]|[1-9]|[一二三四五六七八九十]+月)/g)) {
    const y = m[1] ?? '';
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/** A plan's range (2021—2025年, 2021-2025, 2021年至2025年): no year of a report; blanked, same length. */
const YEAR_RANGE = /\d{4}(?:年度?)?\s*[—–\-~～至到]+\s*\d{4}年?/g;
const blankRanges = (s: string): string => s.replace(YEAR_RANGE, (m) => '□'.repeat(m.length));

export function findYear(source: string): number | null {
  const text = blankRanges(source);
  // 二〇二四年 → 2024年
  const head = text.slice(0, 600).replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) =>
    Array.from(m)
      .map((c) => CN_YEAR_DIGIT[c] ?? c)
      .join(''),
  );
  // A title may be broken across lines (静海区卫生健康委2022年度法治 / 政府建设情况报告).
  const title = /(\d{4})年度?[^。\n]{0,16}法治\n?(?:政府)?\n?建设/.exec(head) ?? /关于(\d{4})年/.exec(head);
  const opening = /(?:^|\n)(\d{4})年(?:度|以来)?[，,]/.exec(head);
  const raw = title?.[1] ?? opening?.[1] ?? clauseYear(text);
  const year = raw ? Number(raw) : Number.NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

/** The document number of the title block: 卫滨卫健字〔2025〕47号. */
export function findDocNumber(text: string): string | null {
  const m = /([\u4e00-\u9fa5]{1,12})[〔［[(（【](\d{4})[〕］\])）】]第?(\d{1,4})号/.exec(text.slice(0, 400));
  if (!m) return null;
  return `${m[1] ?? ''}〔${m[2] ?? ''}〕${m[3] ?? ''}号`;
}

/** A news item's year: the date of its byline (发布时间：2024-05-12, 2024年5月12日). */
export function findPublicationYear(text: string): number | null {
  const m = /(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})/.exec(text.slice(0, 300));
  const y = m ? Number(m[1]) : Number.NaN;
  return y >= 1990 && y <= 2100 ? y : null;
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
