// @vitest-environment node
/**
 * Placement from what the text says, on sentences written for the test (no report's text): the
 * region of its own level a text names when it calls itself 区卫生健康局/我局, a name GB/T 2260
 * knows twice told apart by the city the text names, the file's name as a further clue, the year
 * of the report and not of the plan it cites.
 */
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { placeReport } from '../../../src/extract/place.ts';

const place = async (text: string, fileName?: string) => {
  const x = extractReport(text, fileName ? { fileName } : {});
  return { x, p: placeReport(x.unit, await loadRegionTable(), x.clues) };
};

describe('a text that names itself by its level alone', () => {
  it('is placed at the region of that level it names, told apart by the city it names', async () => {
    const { p } = await place(
      '区卫生健康局2023年法治政府建设情况报告\n2023年，区卫生健康局在深圳市卫生健康委指导下，为南山区卫生健康事业高质量发展提供法治保障。',
    );
    expect(p.chain?.map((r) => r.code)).toEqual(['440305', '440300', '440000']);
    expect(p.fromNamedRegion).toBe('text');
  });
  it('offers the candidates when nothing tells two regions of one name apart', async () => {
    const { p } = await place('区卫生健康局\n2024年，为南山区卫生健康事业发展，南山区共检查医疗机构120户次。');
    expect(p.chain).toBeNull();
    expect(p.problem).toBe('ambiguous_region');
    expect(p.candidates?.map((c) => c.code).sort()).toEqual(['230404', '440305']);
  });
  it('takes a region of another level for no answer (a 县 report naming its city)', async () => {
    const { p } = await place('县卫生健康局\n2024年，县卫生健康局按照许昌市卫生健康委部署开展监督检查。');
    expect(p.chain).toBeNull();
  });
  it('reads a Chinese file name as a further clue', async () => {
    const { p } = await place('区卫生健康局\n2024年，我局立案查处12家。', '潮南区卫健局2024年法治政府建设情况报告.docx');
    expect(p.chain?.[0]).toMatchObject({ code: '440514', name: '潮南区' });
    expect(p.fromNamedRegion).toBe('file_name');
  });
  it('a former name (原区卫生计生委) is no region', async () => {
    const { x } = await place('原区卫生计生委职能划入区卫生健康局。\n2024年，区卫生健康局开展监督检查。');
    expect(x.unit?.region ?? null).not.toBe('原区');
  });
});

describe('the year is the report’s own', () => {
  it('not the end of a plan it cites', async () => {
    const { x } = await place(
      '县卫生健康局2023年法治政府建设情况报告\n贯彻《法治政府建设实施纲要（2021—2025年）》和“十四五”规划（2021-2025年），2023年，全县办理行政处罚案件5件。',
    );
    expect(x.year).toBe(2023);
  });
});
