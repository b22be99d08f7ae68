/**
 * The parts of a report that change how its text is read: the shortcomings section (where
 * weaknesses are admitted) and the plans for next year (where numbers are targets, not results).
 */
import type { Segment } from './text.ts';

const TOP_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节部分])/;
const SUB_HEADING = /^[（(][一二三四五六七八九十\d]{1,3}[)）]/;
const SHORTCOMING =
  /存在(?:的)?[^，。\n]{0,6}(?:不足|问题|短板|困难|差距|薄弱)|(?:不足|问题|短板|困难)(?:和|与|及)(?:不足|问题|原因|困难)|工作中(?:的)?(?:不足|短板|问题)/;
const PLANS = /下一步|工作打算|工作计划|初步安排|主要安排|工作思路|努力方向|工作重点|\d{4}年(?:度)?(?:工作)?(?:打算|安排|计划|思路)/;
const REMEDIES = /整改措施|改进措施|对策|措施$/;

function headingLike(line: string): boolean {
  return line.length <= 60 || !/[。]/.test(line.slice(0, 40));
}

/** The shortcomings section: from its heading to the next top-level heading, plans or remedies. */
export function shortcomingsSection(text: string, paras: readonly Segment[]): Segment | null {
  let start = -1;
  let end = text.length;
  let subLevel = false;
  for (const p of paras) {
    const line = text.slice(p.start, p.end);
    const head = line.slice(0, 40);
    const top = TOP_HEADING.test(line);
    const sub = SUB_HEADING.test(line);
    if (start < 0) {
      if ((top || sub) && headingLike(line) && SHORTCOMING.test(head)) {
        start = p.end;
        subLevel = !top;
      }
      continue;
    }
    // A section opened by （三）存在的问题 ends at the next （四）, unless that one goes on with causes.
    const closesSub = subLevel && sub && headingLike(line) && !/原因|不足|问题|短板|差距/.test(head);
    if (top || closesSub || (sub && (PLANS.test(head) || REMEDIES.test(head.replace(/[：:]$/, ''))))) {
      end = p.start;
      break;
    }
  }
  if (start >= 0) return { start, end };
  // No heading: "……但也存在一些不足：一是…" up to the plans.
  const m = /(?:存在|仍有|也有)(?:的)?(?:一些|以下|不少)?(?:不足|问题|短板|困难)[^。\n]{0,12}?(?:[：:]|主要(?:是|有|表现)|一是)/.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index);
  const plan = rest.search(PLANS);
  return { start: m.index, end: plan < 0 ? text.length : m.index + plan };
}

/**
 * The plans for next year (下一步, 2026年工作打算): each from its top-level heading to the next
 * top-level heading, or to the end.
 */
export function plansSections(text: string, paras: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let open: number | null = null;
  for (const p of paras) {
    const line = text.slice(p.start, p.end);
    if (!TOP_HEADING.test(line) || !headingLike(line)) continue;
    if (open !== null) {
      out.push({ start: open, end: p.start });
      open = null;
    }
    const head = line.slice(0, 40);
    if (PLANS.test(head) && !/情况|成效|举措|开展|不足|问题/.test(head)) open = p.start;
  }
  if (open !== null) out.push({ start: open, end: text.length });
  return out;
}
