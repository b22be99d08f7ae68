/**
 * An office's year, end to end through the real parts: a dataset made for 杭州市 (新建数据集, its
 * 13 county-level units from GB/T 2260), its fill-in template filled for the city's own row and 7
 * of the 13 units, read back, reviewed and added; the Word briefing written, opened by LibreOffice
 * and read as text. The text must count coverage against all 14 units and name the 6 that did not
 * report, say its figures came from the template (by file name), and rank every level present.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../src/data/regionTable.ts';
import type { Dataset } from '../../src/contract/schema.ts';
import { parseDataset } from '../../src/contract/validate.ts';
import { buildModel } from '../../src/domain/model.ts';
import { defaultSettings } from '../../src/domain/scoring.ts';
import { buildBriefing } from '../../src/export/briefing/briefing.ts';
import { buildBriefingDocx } from '../../src/export/formats/docx.ts';
import { wordsFor } from '../../src/export/briefing/sentences.ts';
import { columnName } from '../../src/export/formats/xml.ts';
import { buildTemplate, templateUnits, TEMPLATE_LAYOUT } from '../../src/extract/template.ts';
import { readTemplate } from '../../src/extract/templateRead.ts';
import { newRegionDataset } from '../../src/features/datasets/newDataset.ts';
import { mergeIntoDataset } from '../../src/features/import/merge.ts';
import { itemsFromTemplate, reviewReducer } from '../../src/features/import/review.ts';
import { emptyReview } from '../../src/features/import/types.ts';
import { ensureOffice } from '../e2e/ensure-office.ts';
import { fillTemplate } from '../unit/features/import/fill.ts';

const FILE = '杭州市2024年填报.xlsx';
/** The units that filled their rows, as in the issue: five districts and two counties (and the city's own row). */
const FILLED: Record<string, Record<string, number>> = {
  '330100': { penalty_cases: 12, training_sessions: 8, publicity_events: 15 },
  '330102': { penalty_cases: 270, fines_yuan: 812000, random_tasks_completed: 130, random_completion_rate: 100, training_sessions: 12 },
  '330105': { penalty_cases: 310, fines_yuan: 640000, random_tasks_completed: 150, random_completion_rate: 98.5, training_sessions: 9 },
  '330106': { penalty_cases: 295, fines_yuan: 702000, random_tasks_completed: 141, random_completion_rate: 100, training_sessions: 10 },
  '330108': { penalty_cases: 180, fines_yuan: 455000, random_tasks_completed: 96, random_completion_rate: 97, training_sessions: 6 },
  '330109': { penalty_cases: 330, fines_yuan: 990000, random_tasks_completed: 170, random_completion_rate: 99, training_sessions: 11 },
  '330122': { penalty_cases: 62, fines_yuan: 120000, random_tasks_completed: 58, random_completion_rate: 100, training_sessions: 7 },
  '330127': { penalty_cases: 52, fines_yuan: 98000, random_tasks_completed: 49, random_completion_rate: 95, training_sessions: 5 },
};

async function cityYear(): Promise<Dataset> {
  const table = await loadRegionTable();
  const empty = newRegionDataset({
    table,
    code: '330100',
    name: '杭州市2024年法治建设',
    asOf: '2025-03-01',
    description: { zh: '杭州市卫生健康系统法治建设数据', en: 'Hangzhou' },
  });
  const bytes = buildTemplate(empty, { year: 2024, created: new Date('2025-01-10T00:00:00Z') });
  const rows = templateUnits(empty);
  const cells: Record<string, number> = {};
  for (const [code, values] of Object.entries(FILLED)) {
    const row = TEMPLATE_LAYOUT.firstDataRow + rows.findIndex((u) => u.code === code);
    for (const [id, v] of Object.entries(values)) cells[`${columnName(empty.indicators.findIndex((i) => i.id === id) + 2)}${row}`] = v;
  }
  const read = readTemplate(fillTemplate(bytes, cells), FILE, empty.indicators);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const items = itemsFromTemplate({
    file: FILE,
    doc: 'tpl-hz-2024',
    sheet: read.sheet,
    year: read.year,
    rows: read.rows,
    dataset: empty,
    label: (id) => id,
  });
  let state = { ...emptyReview(), items };
  state = reviewReducer(state, { type: 'decideDoc', doc: 'tpl-hz-2024', decision: 'accepted' });
  const res = mergeIntoDataset(empty, state.items, { asOf: '2025-03-01', fillInPlace: true });
  if (!res.ok) throw new Error(`a new dataset has nothing to conflict with: ${res.plan.counts.unresolved} unresolved`);
  const merged = res.dataset;
  // What the browser keeps is what parses: the round trip through JSON and the contract.
  const parsed = parseDataset(JSON.parse(JSON.stringify(merged)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.dataset;
}

/** The .docx as LibreOffice reads it, as plain text. */
function docxText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'city-briefing-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  writeFileSync(join(dir, 'briefing.docx'), bytes);
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      dir,
      join(dir, 'briefing.docx'),
    ],
    { encoding: 'utf8', timeout: 180000 },
  );
  if (r.status !== 0) throw new Error(`soffice: ${r.stderr}`);
  return readFileSync(join(dir, 'briefing.txt'), 'utf8');
}

let text = '';

beforeAll(async () => {
  ensureOffice();
  const model = buildModel(await cityYear());
  const w = wordsFor('zh');
  const briefing = buildBriefing(
    { model, scope: '330100', level: 'all', year: 2024, settings: defaultSettings, parts: ['overview', 'league', 'weaknesses'] },
    w,
  );
  const bytes = await buildBriefingDocx({
    briefing,
    lang: 'zh',
    t: w.t,
    figures: [],
    figuresPart: null,
    hash: '',
    exportedAt: new Date('2025-03-02T09:00:00Z'),
    creator: '卫生健康法治建设监督看板',
  });
  text = docxText(bytes);
  // Kept with the e2e artifacts, for a person to read.
  const out = join('tests', 'e2e', 'artifacts', 'briefing');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'hangzhou-partial-template.txt'), text);
}, 240000);

describe('杭州市 with a template from 7 of its 13 county-level units, in Word', () => {
  it('counts coverage against every unit the dataset lists and names those that did not report', () => {
    expect(text).toContain(
      '杭州市共有14个单位应报送2024年度数据（市1个、区10个、县(市)3个），已报送8个（市1个、区5个、县(市)2个），未报送6个（名单见“未报送单位”）。',
    );
    expect(text).toContain('未报送单位（6个）');
    expect(text).toContain('区（5个）：余杭区、富阳区、临安区、临平区、钱塘区');
    expect(text).toContain('县(市)（1个）：建德市');
    expect(text).not.toMatch(/本次共有\d+个单位报送/);
  });

  it('says where its figures came from: the template, by file name, and nothing else', () => {
    expect(text).toContain(`本文所用2024年数字共38项，均取自填报模板（${FILE}）。`);
    expect(text).not.toContain('公开的年度报告');
  });

  it('ranks every level present, says how many each holds, and leaves the city alone unranked', () => {
    expect(text).toMatch(/区共10个，5个报送，5个参与排名；综合得分依次为(萧山区|上城区|拱墅区|西湖区|滨江区)（[\d.]+分）/);
    expect(text).toMatch(/县\(市\)共3个，2个报送，2个参与排名；综合得分依次为(桐庐县|淳安县)（[\d.]+分）、(桐庐县|淳安县)（[\d.]+分）。/);
    expect(text).toContain('市共1个，只有杭州市报送，同级没有可比较的单位，不排名。');
    expect(text).toContain('杭州市2024年区综合得分排名');
    expect(text).toContain('杭州市2024年县(市)综合得分排名');
    expect(text).not.toContain('第1名，共1个');
  });

  it('adds the city’s own row (本级) to its units’ figures, the sum of what was typed', () => {
    const cases = Object.values(FILLED).reduce((s, v) => s + (v.penalty_cases ?? 0), 0);
    expect(cases).toBe(1511);
    expect(text).toContain('行政处罚案件1,511件（14个单位中8个报送，上年无可比数据）。');
  });
});
