/**
 * What a text says about its own region besides naming its commission: the place names it writes
 * (象山县 in 《2024年度象山县法治宣传教育…》, 为某某区卫生健康事业…), the level it calls itself by
 * (区卫生健康委, 县卫生健康局; '' for 我局), and the places its file's name writes. place.ts reads
 * them against GB/T 2260 when the commission is named by its level alone, and to tell apart a
 * name the table knows twice (南山区) by the province or city the text mentions.
 */

export interface PlaceClues {
  /** Place phrases as written: up to six characters before 省/市/区/县/旗, with repeats, in order. */
  places: string[];
  /** The level the text names itself by (区 in 区卫生健康委; '' for 我局/我委), when it does. */
  selfLevel: string | null;
  /** Place phrases of the file's name (a further clue, when it is Chinese). */
  filePlaces: string[];
}

const SUFFIX = /[省市区县旗]/;
const CJK = /[\u4e00-\u9fa5]/;
const MAX_PLACES = 400;

/** Phrases ending at each 省/市/区/县/旗: the CJK characters before it (up to six) and the suffix. */
export function placePhrases(text: string, limit = MAX_PLACES): string[] {
  const out: string[] = [];
  for (let i = 1; i < text.length && out.length < limit; i++) {
    if (!SUFFIX.test(text[i] ?? '')) continue;
    let a = i;
    while (a > 0 && i - a < 6 && CJK.test(text[a - 1] ?? '')) a--;
    if (i - a >= 2) out.push(text.slice(a, i + 1));
  }
  return out;
}

/** The commission named by its level alone, in the opening (市卫健委, 区卫生健康局) or as 我局/我委. */
const SELF = /(?:^|[^\u4e00-\u9fa5]|[在对由向与和及的了是将把从为于按据经被受至全本各我该原])([省市区县旗])(?:卫生健康|卫健|卫生计生|卫计)/;

export function placeClues(text: string, fileName?: string): PlaceClues {
  const head = text.slice(0, 600);
  const self = SELF.exec(head)?.[1] ?? (/[我本](?:委|局)/.test(text) ? '' : null);
  const name = (fileName ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return { places: placePhrases(text), selfLevel: self, filePlaces: placePhrases(name, 20) };
}
