/**
 * What a briefing, a deck or a screen says about its own figures: who reported (of everyone who
 * should have, the others named), where the figures came from (read off the evidence), area
 * totals beside their units' own figures, and each peer group's ranking. Pure functions over the
 * domain's facts and the locale strings, so the words are tested without Word.
 */
import type { Unit } from '../../contract/schema.ts';
import type { AreaTotal } from '../../domain/aggregate.ts';
import type { Coverage } from '../../domain/coverage.ts';
import type { PeerGroup } from '../../domain/model.ts';
import type { UnitScore } from '../../domain/scoring.ts';
import type { SourceSummary } from '../../domain/sources.ts';
import type { Words } from './sentences.ts';

const list = (w: Words, items: readonly string[]): string => items.join(w.t('briefing.list.sep'));
const peerName = (w: Words, g: PeerGroup | 'all'): string => w.t(`league.peer.${g}`);

// --- Coverage -------------------------------------------------------------------------------

/** “14个单位应报送（市1个、区10个、县(市)3个），已报送7个（区5个、县(市)2个），未报送7个”. */
export function coverageSentence(c: Coverage, scope: string, w: Words): string {
  const groups = (pick: (g: Coverage['groups'][number]) => number) =>
    list(
      w,
      c.groups.filter((g) => pick(g) > 0).map((g) => w.t('truth.cov.group', { peer: peerName(w, g.group), n: pick(g) })),
    );
  const params = {
    scope,
    year: c.year,
    of: c.of,
    reported: c.reported,
    missing: c.missing.length,
    expected: groups((g) => g.reported.length + g.missing.length),
    reportedGroups: groups((g) => g.reported.length),
  };
  if (c.reported === 0) return w.t('truth.cov.none', params);
  return w.t(c.missing.length ? 'truth.cov.some' : 'truth.cov.all', params);
}

/** The units that did not report, one line per level (区（3个）：…), or nothing when all did. */
export function missingLines(c: Coverage, w: Words): string[] {
  return c.groups
    .filter((g) => g.missing.length > 0)
    .map((g) =>
      w.t('truth.missing.group', {
        peer: peerName(w, g.group),
        n: g.missing.length,
        units: list(
          w,
          g.missing.map((u) => u.name),
        ),
      }),
    );
}

// --- Sources --------------------------------------------------------------------------------

const MAX_FILES = 4;

function filesText(files: readonly string[], w: Words): string {
  const shown = list(w, files.slice(0, MAX_FILES));
  return files.length > MAX_FILES ? `${shown}${w.t('truth.src.moreFiles', { n: files.length })}` : shown;
}

/** “2024” or “2023—2024” (zh) / “2023–2024”. */
export function yearsText(years: readonly number[], w: Words): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}${w.lang === 'zh' ? '—' : '–'}${last}`;
}

/** The parts of a source summary, largest first: [count, full wording, short wording]. */
function sourceParts(s: SourceSummary, datasetName: string, w: Words): Array<{ n: number; full: string; short: string }> {
  const files = filesText(s.template.files, w);
  const docs = s.report.documents.length;
  const parts = [
    { n: s.template.figures, full: w.t('truth.src.template', { files }), short: w.t('truth.src.k.template', { files }) },
    { n: s.report.figures, full: w.t('truth.src.report', { docs }), short: w.t('truth.src.k.report', { docs }) },
    { n: s.dataset, full: w.t('truth.src.dataset', { name: datasetName }), short: w.t('truth.src.k.dataset') },
    { n: s.synthetic, full: w.t('truth.src.synthetic'), short: w.t('truth.src.k.synthetic') },
  ];
  return parts.filter((p) => p.n > 0).sort((a, b) => b.n - a.n);
}

/**
 * Where a document's figures came from, as a sentence: “本文所用2024年数字共112项，其中96项取自
 * 填报模板（杭州市填报.xlsx），16项取自3份报告原文（引文见附件）。” Never more than the evidence says.
 */
export function sourceSentence(s: SourceSummary, years: readonly number[], datasetName: string, w: Words): string {
  if (s.figures === 0) return w.t('truth.src.none');
  const parts = sourceParts(s, datasetName, w);
  const y = yearsText(years, w);
  const sep = w.t('truth.src.sep');
  const both = s.both ? `${sep}${w.t('truth.src.both', { n: s.both })}` : '';
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && only.n === s.figures) return w.t('truth.src.only', { years: y, n: s.figures, part: only.full });
  const items = parts.map((p) => w.t('truth.src.item', { n: p.n, part: p.full }));
  return w.t('truth.src.intro', { years: y, n: s.figures, parts: `${items.join(sep)}${both}` });
}

/** The sources in a few words, largest first: “填报模板（a.xlsx）96项、3份报告原文16项”. */
export function sourceList(s: SourceSummary, datasetName: string, w: Words): string {
  const parts = sourceParts(s, datasetName, w);
  return parts.length
    ? list(
        w,
        parts.map((p) => w.t('truth.src.shortItem', { part: p.short, n: p.n })),
      )
    : w.t('truth.src.k.none');
}

/** The same, as a line under a chart or a table: “数据来源：填报模板（a.xlsx）96项、3份报告原文16项”. */
export const sourceLine = (s: SourceSummary, datasetName: string, w: Words): string =>
  w.t('truth.src.short', { parts: sourceList(s, datasetName, w) });

// --- Area totals ----------------------------------------------------------------------------

/** “其中杭州市报送的是全市数1500件，其下辖单位自报合计1499件（13个单位中7个报送）。” */
export function areaSentence(a: AreaTotal, format: (value: number) => string, w: Words): string {
  const area = w.t(`truth.area.${a.unit.level}`);
  const base = { unit: a.unit.name, area, value: format(a.value) };
  if (a.below === null) return w.t('truth.area.noteNone', base);
  return w.t('truth.area.note', { ...base, below: format(a.below), n: a.belowReported, of: a.belowOf });
}

// --- Peer groups ----------------------------------------------------------------------------

export interface PeerGroupFact {
  group: PeerGroup | 'all';
  /** Units of the group expected to report (coverage). */
  of: number;
  /** Units of the group with a record that year. */
  reported: Unit[];
  /** Ranked units, best first. */
  ranked: UnitScore[];
}

/** Order the groups are told in: the county-level groups a league is about first, then cities. */
const ORDER: ReadonlyArray<PeerGroup | 'all'> = ['all', 'district', 'county', 'city', 'province'];

/**
 * Every peer group present in the scope (districts, counties and county-level cities, cities),
 * with how many units it holds: from the coverage (who should report) and the scores (who was ranked).
 */
export function peerGroupFacts(scores: readonly UnitScore[], coverage: Coverage, allLevels: boolean): PeerGroupFact[] {
  const facts = new Map<PeerGroup | 'all', PeerGroupFact>();
  const fact = (g: PeerGroup | 'all'): PeerGroupFact => {
    let f = facts.get(g);
    if (!f) {
      f = { group: g, of: 0, reported: [], ranked: [] };
      facts.set(g, f);
    }
    return f;
  };
  for (const c of coverage.groups) {
    if (c.group === 'province') continue;
    const f = fact(allLevels ? 'all' : c.group);
    f.of += c.reported.length + c.missing.length;
  }
  for (const s of scores) {
    const f = fact(s.peerGroup);
    f.reported.push(s.unit);
    if (s.rank !== null) f.ranked.push(s);
  }
  for (const f of facts.values()) f.ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ORDER.flatMap((g) => {
    const f = facts.get(g);
    return f && f.of + f.reported.length > 0 ? [f] : [];
  });
}

const scoreItem = (s: UnitScore, w: Words, score: (n: number | null) => string) =>
  w.t('briefing.league.item', { unit: s.unit.name, score: score(s.composite) });

/** One sentence per group: its size, who reported, who was ranked and how. */
export function peerGroupSentence(f: PeerGroupFact, w: Words, score: (n: number | null) => string, k = 3): string {
  const base = { peer: peerName(w, f.group), of: Math.max(f.of, f.reported.length), reported: f.reported.length, ranked: f.ranked.length };
  if (f.reported.length === 0) return w.t('truth.peer.noneReported', base);
  if (f.reported.length === 1) return w.t('truth.peer.alone', { ...base, unit: f.reported[0]?.name ?? '' });
  if (f.ranked.length === 0) return w.t('truth.peer.unscored', base);
  const item = (s: UnitScore) => scoreItem(s, w, score);
  if (f.ranked.length <= 2 * k) return w.t('truth.peer.list', { ...base, list: list(w, f.ranked.map(item)) });
  return w.t('truth.peer.topBottom', {
    ...base,
    k,
    top: list(w, f.ranked.slice(0, k).map(item)),
    bottom: list(w, f.ranked.slice(-k).map(item)),
  });
}
