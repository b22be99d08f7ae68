import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';
import { buildModel } from '../../../../src/domain/model.ts';
import {
  domainMeta,
  domainRows,
  headlineFigures,
  penaltyUnit,
  weaknessMeta,
  weaknessRows,
} from '../../../../src/features/overview/overviewModel.ts';
import { makeI18n } from '../../../../src/i18n/index.ts';
import { domainLabel } from '../../../../src/i18n/labels.ts';
import { buildOverview } from '../../../../src/shared/summaries/overviewData.ts';

const model = buildModel(tinyDataset());
const data = buildOverview(model, '410700', 'all', 2025);
const zh = makeI18n('zh');
const en = makeI18n('en');

describe('overview model', () => {
  it('one bar per penalty domain, labelled in the reader’s language', () => {
    const rows = domainRows(data, zh);
    expect(rows.map((r) => r.key)).toEqual(data.byDomain.parts.map((p) => p.domain));
    expect(rows.map((r) => r.value)).toEqual(data.byDomain.parts.map((p) => p.value));
    expect(domainRows(data, en).map((r) => r.label)).toEqual(data.byDomain.parts.map((p) => domainLabel(en.t, p.domain)));
    expect(penaltyUnit(model)).toBe(model.indicatorById.get('penalty_cases')?.unit ?? '件');
  });

  it('the weaknesses reported most, split into recurring and new', () => {
    const rows = weaknessRows(data, model, zh);
    expect(rows.length).toBe(Math.min(8, data.weaknesses.length));
    rows.forEach((r, i) => {
      const c = data.weaknesses[i]!;
      expect(r).toMatchObject({ key: c.category, parts: [c.recurring, c.units - c.recurring] });
      expect(r.label).toBe(zh.l(model.weaknessById.get(c.category)?.label));
    });
  });

  it('the charts’ exports say where the figures come from and the largest first', () => {
    const meta = domainMeta(data, model, zh);
    expect(meta.subtitle).toBe(zh.t('overview.byDomain.note', { n: data.byDomain.reported, of: data.byDomain.of }));
    expect(meta.sources).toBeTruthy();
    const values = [...data.byDomain.parts].sort((a, b) => b.value - a.value).slice(0, 4);
    expect(meta.figures?.map((f) => f.label)).toEqual(
      domainRows({ ...data, byDomain: { ...data.byDomain, parts: values } }, zh).map((r) => r.label),
    );
    const weak = weaknessMeta(data, model, zh);
    expect(weak.figures).toHaveLength(Math.min(4, data.weaknesses.length));
    expect(weak.figures?.[0]?.value).toBe(
      `${data.weaknesses[0]?.units}（${zh.t('overview.weaknesses.recurring')} ${data.weaknesses[0]?.recurring}）`,
    );
  });

  it('the headline cards as the deck’s figures; none without data', () => {
    const figures = headlineFigures(data, zh);
    expect(figures.map((f) => f.label)).toEqual(data.headlines.map((h) => zh.t(h.label)));
    expect(figures.every((f) => f.value.length > 0)).toBe(true);
    expect(headlineFigures(null, zh)).toEqual([]);
  });
});
