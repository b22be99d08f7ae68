// @vitest-environment node
/** The briefing's targets section: per indicator, how many meet it, the furthest below by name, the unreported apart. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { buildModel, unitsInScope } from '../../../../src/domain/model.ts';
import { defaultSettings } from '../../../../src/domain/scoring.ts';
import { targetCounts } from '../../../../src/domain/targets.ts';
import { buildBriefing } from '../../../../src/export/briefing/briefing.ts';
import { wordsFor } from '../../../../src/export/briefing/sentences.ts';
import { targetLines, targetsSection } from '../../../../src/shared/targets/briefingTargets.ts';
import { loadLang } from '../../../../src/i18n/index.ts';

const text = readFileSync(fileURLToPath(new URL('../../../../public/data/demo.json', import.meta.url)), 'utf8');
const parsed = parseDataset(JSON.parse(text));
if (!parsed.ok) throw new Error('demo refused');
const model = buildModel(parsed.dataset);
const inUse = { targets: parsed.dataset.targets ?? [], custom: false, name: null };

beforeAll(() => loadLang('en'));

describe('targets in the briefing', () => {
  it('says per indicator how many meet the target, names those below, lists the unreported apart', () => {
    const read = targetLines(model, inUse, '410000', 'all', 2025, 'zh');
    if (!read) throw new Error('no targets section');
    const counts = targetCounts(model, inUse.targets, unitsInScope(model, '410000', 'all'), 2025);
    expect(read.lines).toHaveLength(counts.length);
    counts.forEach((c, i) => {
      const line = read.lines[i] ?? '';
      expect(line).toContain(`达标 ${c.met}/${c.of}`);
      if (c.below.length) {
        expect(line).toContain(`未达标 ${c.below.length} 个`);
        // The furthest below are named, furthest first; a unit that did not report is never among them.
        const named = (line.split('差距最大的是')[1] ?? '').split(/[；。]/)[0] ?? '';
        expect(named.split('、')).toEqual(c.below.slice(0, 3).map((b) => b.unit.name));
        for (const u of c.notReported) expect(named.split('、')).not.toContain(u.name);
      } else expect(line).toContain('无未达标单位');
      if (c.notReported.length) expect(line).toContain(`另有 ${c.notReported.length} 个单位未报告该项`);
      else expect(line).not.toContain('未报告');
    });
    expect(read.intro).toMatch(/^2025年，\d+ 个单位适用考核目标，其中 \d+ 个至少有一项未达标/);
  });

  it('is a section of the Word briefing, after the built-in ones, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const b = buildBriefing(
        {
          model,
          scope: '410000',
          level: 'all',
          year: 2025,
          settings: defaultSettings,
          parts: ['overview', 'league'],
          extraSections: [targetsSection(inUse)],
        },
        wordsFor(lang),
      );
      const last = b.sections[b.sections.length - 1];
      expect(last?.heading).toBe(lang === 'zh' ? '考核目标达标情况' : 'Targets met');
      expect(last?.paragraphs.length).toBeGreaterThan(1);
    }
  });

  it('says nothing when no target is in use', () => {
    expect(targetLines(model, { targets: [], custom: false, name: null }, '410000', 'all', 2025, 'zh')).toBeNull();
  });
});
