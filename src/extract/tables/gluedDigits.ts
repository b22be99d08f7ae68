/**
 * The digits of several table cells run together by a copy that dropped the cells' borders
 * ("一、本年新收政府信息公开申请数量5100006": 自然人 5, five kinds of 法人或其他组织 1 0 0 0 0, 总计 6).
 * They can be told apart only where the table's own arithmetic leaves one reading: the template's
 * rows end each group of cells in its 总计, the sum of the others. Every reading of the digits
 * into numbers (no leading zeros, at most six digits each) that keeps every group's sum is tried;
 * the digits are read only if exactly one does. Columns with no such sum ("行政许可410707": 上一年项目数量,
 * 本年增/减, 处理决定数量) have no unique reading and are never split.
 */

/** Numbers of more digits than this are not among a county's or a city's counts of one year. */
const MAX_DIGITS = 6;
/** The search gives up past this many steps (a long run of digits), reading nothing rather than guessing. */
const MAX_STEPS = 200_000;

/**
 * `groups` groups of `size` numbers each, the last of each group the sum of the others, read from
 * `digits` (ASCII digits only); null when no reading or more than one keeps the sums.
 */
export function splitGluedDigits(digits: string, size: number, groups: number): number[] | null {
  if (!/^\d+$/.test(digits) || size < 2 || groups < 1) return null;
  const count = size * groups;
  if (digits.length < count || digits.length > count * MAX_DIGITS) return null;
  const found: number[][] = [];
  let steps = 0;
  const taken: number[] = [];

  const go = (at: number): boolean => {
    if (++steps > MAX_STEPS) return false;
    const left = count - taken.length;
    const rest = digits.length - at;
    if (left === 0) {
      if (rest === 0) found.push([...taken]);
      return found.length < 2;
    }
    if (rest < left || rest > left * MAX_DIGITS) return true;
    const inGroup = taken.length % size;
    if (inGroup === size - 1) {
      // The group's total is the sum of what the group has read: it must come next, as written.
      const total = String(taken.slice(taken.length - inGroup).reduce((a, b) => a + b, 0));
      if (!digits.startsWith(total, at)) return true;
      taken.push(Number(total));
      const more = go(at + total.length);
      taken.pop();
      return more;
    }
    const longest = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS, rest);
    for (let len = 1; len <= longest; len++) {
      taken.push(Number(digits.slice(at, at + len)));
      const more = go(at + len);
      taken.pop();
      if (!more) return false;
    }
    return true;
  };

  const finished = go(0);
  return finished && found.length === 1 ? (found[0] ?? null) : null;
}
