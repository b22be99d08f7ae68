/**
 * Number grammar of the reports: arabic numbers with 万/千/亿 and 余/多 ("5万余份", "18.2536万元",
 * "22余次"), approximations (近千, 百余, 约, 逾, 上千), Chinese numerals where they count
 * ("二十余次", "两场"), percentages (100%, 百分之百) — and what only looks like a count: ordinals
 * (一是, 第一, 第3条), dates (2025年, 10月底), document numbers (〔2025〕47号), phone numbers.
 * Runs on normalised text (text.ts): half-width digits, no spaces.
 */

export interface Quantity {
  /** Start of the token (an approximation prefix included). */
  start: number;
  /** End of the token, unit included. */
  end: number;
  /** Where the unit starts (end of the number, multiplier and 余). */
  unitStart: number;
  value: number;
  approx: boolean;
  /** The unit as written: 件, 次, 人次, %, 元 (万元 → 元 with the value ×10,000) … */
  unit: string;
}

/** Counting words after a number, longest first. */
export const UNITS = [
  '人次',
  '场次',
  '户次',
  '家次',
  '批次',
  '期次',
  '%',
  '元',
  '件',
  '次',
  '场',
  '户',
  '家',
  '所',
  '人',
  '名',
  '份',
  '篇',
  '条',
  '项',
  '个',
  '起',
  '支',
  '期',
  '批',
  '张',
  '册',
  '本',
  '类',
  '副',
  '幅',
  '块',
  '处',
  '部',
  '台',
  '辆',
  '例',
  '宗',
  '单',
  '余人',
] as const;

/** A unit followed by this is a word, not a unit: 场所, 部门, 人员, 个月 … */
const UNIT_WORDS =
  /^(?:场所|部门|家庭|人员|期间|期限|条例|单位|单元|单独|单项|单次|单据|单一|单列|个(?:多|余)?(?:月|工作日|小时|星期|季度|百分点|年)|次性|件事)/;

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SCALE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 100000000 };
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;
const ARABIC = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Prefixes that make a number approximate. */
const APPROX_PREFIX = /(?:将近|接近|大约|超过|近|约|逾|超)$/;
/** A small Chinese numeral counts only right after a verb of doing or a total word. */
const COUNT_VERB = /(?:开展|举办|组织|召开|举行|完成|办理|查处|受理|发放|出动|进行|共|累计|合计|共计|达)$/;
/** Before a Chinese numeral: ordinals and frequencies, not counts. */
const CN_NOT_COUNT_BEFORE = /[第每周星初逐某其这那之单双首前后同统数唯]$/;

/** Parses a Chinese numeral (十二, 二十, 一百二十, 两千, 百, 千, 三万五千). NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return Number.NaN; // 二三: not a numeral
      digit = d;
      continue;
    }
    const scale = CN_SCALE[ch];
    if (scale === undefined) return Number.NaN;
    if (scale >= 10000) {
      section = (section + (digit ?? 0)) * scale;
      if (section === 0) section = scale; // 万余
      total += section;
      section = 0;
    } else {
      section += (digit ?? 1) * scale;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Scales a decimal string by a power of ten without floating error: ("18.2536", 4) → 182536. */
export function scaleDecimal(digits: string, power: number): number {
  const clean = digits.replace(/,/g, '');
  const [int = '0', frac = ''] = clean.split('.');
  if (power <= 0) return Number(clean);
  const padded = frac.padEnd(power, '0');
  const whole = `${int}${padded.slice(0, power)}`;
  const rest = padded.slice(power);
  return Number(rest ? `${whole}.${rest}` : whole);
}

const POWER: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

interface Tail {
  end: number;
  unitStart: number;
  power: number;
  approx: boolean;
  unit: string;
}

/** Reads multiplier, 余/多 and unit after a number ending at `at`. */
function readTail(text: string, at: number, allowMultiplier: boolean): Tail | null {
  let i = at;
  let power = 0;
  let approx = false;
  const takeMultiplier = () => {
    const p = POWER[text[i] ?? ''];
    if (allowMultiplier && p !== undefined && p >= 2) {
      power += p;
      i++;
    }
  };
  takeMultiplier();
  if (/[余多来]/.test(text[i] ?? '')) {
    approx = true;
    i++;
  }
  if (power === 0 || text[i] === '万') takeMultiplier();
  const unitStart = i;
  const rest = text.slice(i, i + 6);
  const unit = UNITS.find((u) => rest.startsWith(u));
  if (unit === undefined) return null;
  if (UNIT_WORDS.test(rest)) return null;
  const clean = unit === '余人' ? '人' : unit;
  // 余人 is 余 + 人; "95%以上", "300人左右" are approximate too.
  if (unit === '余人' || /^(?:以上|左右|上下)/.test(text.slice(i + unit.length, i + unit.length + 2))) approx = true;
  return { end: i + unit.length, unitStart, power, approx, unit: clean };
}

function approxPrefixStart(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 2), start);
  const m = APPROX_PREFIX.exec(before);
  return m ? start - m[0].length : null;
}

function isPhoneNumber(text: string, start: number, digits: string): boolean {
  if (/^1\d{10}$/.test(digits)) return true;
  return digits.length >= 7 && /(?:电话|热线|手机|传真|联系方式|号码)[：:]?$/.test(text.slice(Math.max(0, start - 8), start));
}

function arabicQuantities(text: string, out: Quantity[]): void {
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index;
    const digits = m[0];
    const prev = text[start - 1] ?? '';
    const next = text[start + digits.length] ?? '';
    if (prev === '第' || /[〔［[【]/.test(prev) || /[〕］\]】]/.test(next)) continue; // ordinal, document year
    if ((prev === '（' || prev === '(') && (next === '）' || next === ')')) continue; // (5) heading
    if (/[\d.]/.test(prev) || isPhoneNumber(text, start, digits)) continue;
    const tail = readTail(text, start + digits.length, true);
    if (!tail) continue;
    const pre = approxPrefixStart(text, start);
    out.push({
      start: pre ?? start,
      end: tail.end,
      unitStart: tail.unitStart,
      value: scaleDecimal(digits, tail.power),
      approx: tail.approx || pre !== null,
      unit: tail.unit,
    });
  }
}

function chineseQuantities(text: string, quoted: string, out: Quantity[]): void {
  for (const m of text.matchAll(CN_RUN)) {
    const start = m.index;
    const run = m[0];
    const value = parseChineseNumeral(run);
    if (!Number.isFinite(value) || value <= 0) continue;
    if (quoted[start] === '□') continue; // inside “…” or 《…》: a name, not a count
    const before = text.slice(Math.max(0, start - 4), start);
    if (/\d$/.test(before) || before.endsWith('百分之')) continue; // part of 5万; a percentage
    if (CN_NOT_COUNT_BEFORE.test(before)) continue;
    const tail = readTail(text, start + run.length, false);
    if (!tail) continue;
    // 上千, 上百, 上万: "over a thousand".
    const pre = approxPrefixStart(text, start) ?? (/^[百千万]/.test(run) && before.endsWith('上') ? start - 1 : null);
    const approx = tail.approx || pre !== null;
    const hasScale = /[十百千万亿]/.test(run);
    // 一次, 一个, 一起 ("together") and 二次供水 read as words; a small bare numeral counts only after a verb.
    if (!hasScale && !approx) {
      if (value === 1 || !COUNT_VERB.test(before)) continue;
    }
    if (/^[百千万]/.test(run) && !approx) continue; // 千家万户: idiom, not 1000
    out.push({ start: pre ?? start, end: tail.end, unitStart: tail.unitStart, value, approx, unit: tail.unit });
  }
}

function percentWords(text: string, out: Quantity[]): void {
  for (const m of text.matchAll(/百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)/g)) {
    const raw = m[1] ?? '';
    const value = /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, unitStart: end, value, approx: false, unit: '%' });
  }
}

/** All quantities (a number with a unit) of a normalised text, in order. */
export function findQuantities(text: string, quoted: string = text): Quantity[] {
  const out: Quantity[] = [];
  arabicQuantities(text, out);
  chineseQuantities(text, quoted, out);
  percentWords(text, out);
  out.sort((a, b) => a.start - b.start);
  // Overlaps (百分之百 vs 百): keep the first, longest.
  const kept: Quantity[] = [];
  for (const q of out) {
    const last = kept[kept.length - 1];
    if (last && q.start < last.end) {
      if (q.end - q.start > last.end - last.start && q.start === last.start) kept[kept.length - 1] = q;
      continue;
    }
    kept.push(q);
  }
  return kept;
}
