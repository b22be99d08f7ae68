import { beforeAll, describe, expect, it } from 'vitest';
import { hostileDataset } from '../../../../mocks/fixtures/hostile.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';
import { aggregateIndicator } from '../../../../src/domain/aggregate.ts';
import { buildModel, unitsInScope } from '../../../../src/domain/model.ts';
import { defaultSettings } from '../../../../src/domain/scoring.ts';
import { buildBriefing, type BriefingInput } from '../../../../src/export/briefing/briefing.ts';
import { calloutSentence, recurringCallouts, wordsFor } from '../../../../src/export/briefing/sentences.ts';
import { formatNumber, loadLang } from '../../../../src/i18n/index.ts';

// English is loaded on first use in the app; these tests ask for it themselves.
beforeAll(() => loadLang('en'));

const input = (model: ReturnType<typeof buildModel>, extra: Partial<BriefingInput> = {}): BriefingInput => ({
  model,
  scope: null,
  level: 'all',
  year: 2025,
  settings: defaultSettings,
  parts: ['overview', 'league', 'weaknesses'],
  ...extra,
});

describe('the written briefing', () => {
  it('lists only real quotes in its appendix of real figures: a generated quote is not one', () => {
    const synthetic = buildBriefing(input(buildModel(tinyDataset())), wordsFor('zh'));
    expect(synthetic.appendix).toEqual({ rows: [], more: 0 });
    const ds = tinyDataset();
    ds.documents = ds.documents?.map((d) => ({ ...d, synthetic: false }));
    const real = buildBriefing(input(buildModel(ds)), wordsFor('zh'));
    expect(real.appendix.rows.map((r) => r.quote)).toEqual(['2025年共办理行政处罚案件 14件', '卫生监督执法力量不足']);
  });

  it('states totals from the model, numbered sections, the league and the appendix', () => {
    const model = buildModel(tinyDataset());
    const b = buildBriefing(input(model), wordsFor('zh'));
    expect(b.title).toMatch(/2025年卫生健康法治建设情况通报$/);
    expect(b.sections.map((s) => s.heading)).toEqual(['总体情况', '主要指标完成情况', '排名情况', '存在的主要问题']);
    const penalties = aggregateIndicator(model, unitsInScope(model, null, 'all'), 2025, 'penalty_cases').value;
    expect(penalties).not.toBeNull();
    expect(b.sections[0]?.paragraphs.join('')).toContain(`行政处罚案件${formatNumber(penalties ?? 0, 'zh', 1)}件`);
    // One district and one county: each alone in its group, so neither is ranked, and each group says so.
    expect(b.league).toEqual([]);
    const league = b.sections.find((s) => s.part === 'league')?.paragraphs.join('') ?? '';
    expect(league).toContain('区共1个，只有卫滨区报送，同级没有可比较的单位，不排名。');
    expect(league).toContain('县(市)共1个，只有新乡县报送');
    expect(b.synthetic).toBe(tinyDataset().meta.synthetic);
    // The fixture is synthetic, its one document too (a document's synthetic flag defaults to the dataset's).
    expect(b.sources).toBe('本文所用2024—2025年数字共19项，均为合成的演示数据。');
  });

  it('speaks English with the same numbers', () => {
    const model = buildModel(tinyDataset());
    const zh = buildBriefing(input(model), wordsFor('zh'));
    const en = buildBriefing(input(model), wordsFor('en'));
    expect(en.sections.map((s) => s.heading)).toEqual(['Overall', 'Main indicators', 'Ranking', 'Main problems']);
    const digits = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
    expect(digits(en.sections[2]?.paragraphs[0] ?? '')).toBe(digits(zh.sections[2]?.paragraphs[0] ?? ''));
  });

  it('the wall screen and the document word a recurring weakness from the same facts', () => {
    const model = buildModel(tinyDataset());
    const units = unitsInScope(model, null, 'all');
    for (const c of recurringCallouts(model, units, 2025)) {
      const wall = calloutSentence(c, model, wordsFor('zh'), 'wall');
      const doc = calloutSentence(c, model, wordsFor('zh'));
      for (const n of [c.n, c.of, c.streak, c.years]) {
        expect(wall).toContain(String(n));
        expect(doc).toContain(String(n));
      }
    }
  });

  it('keeps hostile names as they are (text for the writer to escape) and adds sections from an extension point', () => {
    // Its report is a real one imported into the synthetic fixture: the appendix lists only real quotes.
    const ds = hostileDataset();
    ds.documents = ds.documents?.map((d) => ({ ...d, synthetic: false }));
    const model = buildModel(ds);
    const b = buildBriefing(
      input(model, { extraSections: [(_, w) => ({ part: 'extra', heading: w.t('briefing.h.overall'), paragraphs: ['targets'] })] }),
      wordsFor('zh'),
    );
    const all = JSON.stringify(b);
    expect(all).toContain('卫滨区<script>window.__xss=2;alert(2)</script>');
    expect(b.sections.at(-1)?.paragraphs).toEqual(['targets']);
    expect(b.appendix.rows.some((r) => r.quote.includes('<img src=x'))).toBe(true);
  });
});
