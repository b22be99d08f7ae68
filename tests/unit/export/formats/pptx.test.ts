import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPptx } from '../../../../src/export/formats/pptx.ts';
import { para, type Deck } from '../../../../src/export/formats/deckModel.ts';

const HOSTILE = '<script>window.__xss=2</script>=HYPERLINK("http://x","y")&\u0001';
// A 1×1 PNG (the deck only embeds the bytes).
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

function deck(): Deck {
  return {
    title: `总览${HOSTILE}`,
    subject: '河南省 · 2025',
    creator: '卫生健康法治建设监督看板',
    keywords: '演示数据（合成）',
    description: 'SHA-256 abc',
    identifier: 'sha256:abc',
    created: new Date('2026-01-02T03:04:05.678Z'),
    lang: 'zh-CN',
    slides: [
      {
        title: `总览${HOSTILE}`,
        shapes: [{ kind: 'text', x: 1, y: 2, w: 5, h: 1, paragraphs: [para('数据来源：演示数据\n第二行')] }],
        notes: `备注${HOSTILE}`,
      },
      { title: '图表', shapes: [{ kind: 'image', x: 0.5, y: 1.2, w: 9, h: 5, png: PNG, descr: `图${HOSTILE}` }], notes: '图表备注' },
      {
        title: '表',
        shapes: [
          {
            kind: 'table',
            x: 0.5,
            y: 1.2,
            w: 12,
            h: 2,
            header: ['名次', '单位'],
            rows: [
              ['1', HOSTILE],
              ['2', '卫滨区'],
            ],
            align: ['r', 'l'],
            widths: [2, 8],
            fontSize: 10,
          },
        ],
        notes: '',
      },
      {
        title: '趋势',
        shapes: [
          {
            kind: 'chart',
            x: 0.5,
            y: 1.2,
            w: 9,
            h: 5,
            descr: `趋势${HOSTILE}`,
            chart: {
              type: 'line',
              horizontal: false,
              stacked: false,
              series: [{ name: `行政处罚案件${HOSTILE}`, labels: ['2023', '2024', '2025'], values: [12, null, 14] }],
            },
          },
        ],
        notes: '折线',
      },
    ],
  };
}

async function unpack(): Promise<Record<string, string>> {
  const files = unzipSync(await buildPptx(deck()));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, k.endsWith('.png') ? `png:${v.length}` : strFromU8(v)]));
}

const parse = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('PPTX writer', () => {
  it('writes a complete package: content types, presentation, slides, notes, media, core properties', async () => {
    const f = await unpack();
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'ppt/presentation.xml',
      'ppt/_rels/presentation.xml.rels',
      'ppt/slideMasters/slideMaster1.xml',
      'ppt/slideLayouts/slideLayout1.xml',
      'ppt/theme/theme1.xml',
      'ppt/notesMasters/notesMaster1.xml',
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide3.xml',
      'ppt/notesSlides/notesSlide1.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ])
      expect(f[part], part).toBeDefined();
    for (const [name, xml] of Object.entries(f)) if (name.endsWith('.xml') || name.endsWith('.rels')) parse(xml);
    expect(Object.keys(unzipSync(await buildPptx(deck())))[0]).toBe('[Content_Types].xml');
  });

  it('lists every slide in presentation.xml, related in order, 16:9', async () => {
    const f = await unpack();
    const pres = parse(f['ppt/presentation.xml'] ?? '');
    const ids = Array.from(pres.getElementsByTagName('p:sldId')).map((e) => e.getAttribute('r:id'));
    expect(ids).toHaveLength(4);
    expect(pres.getElementsByTagName('p:sldSz')[0]?.getAttribute('cx')).toBe('12192000');
    expect(pres.getElementsByTagName('p:sldSz')[0]?.getAttribute('cy')).toBe('6858000');
    const rels = parse(f['ppt/_rels/presentation.xml.rels'] ?? '');
    const target = (id: string | null) =>
      Array.from(rels.getElementsByTagName('Relationship'))
        .find((r) => r.getAttribute('Id') === id)
        ?.getAttribute('Target');
    expect(ids.map(target)).toEqual(['slides/slide1.xml', 'slides/slide2.xml', 'slides/slide3.xml', 'slides/slide4.xml']);
    const types = f['[Content_Types].xml'] ?? '';
    expect(types).toContain('/ppt/slides/slide3.xml');
    expect(types).toContain('Extension="png"');
  });

  it('keeps hostile names as escaped text in slides, notes and properties', async () => {
    const f = await unpack();
    const all = Object.entries(f)
      .filter(([k]) => k.endsWith('.xml'))
      .map(([, v]) => v)
      .join('\n');
    expect(all).not.toContain('<script');
    expect(all).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)&amp;');
    expect(all).not.toContain('\u0001');
    const slide1 = parse(f['ppt/slides/slide1.xml'] ?? '');
    const texts = Array.from(slide1.getElementsByTagName('a:t')).map((t) => t.textContent);
    expect(texts).toContain(`总览${HOSTILE.replace('\u0001', '')}`);
    expect(texts).toContain('数据来源：演示数据');
    expect(texts).toContain('第二行');
    expect(slide1.getElementsByTagName('p:ph')[0]?.getAttribute('type')).toBe('title');
    const notes = parse(f['ppt/notesSlides/notesSlide1.xml'] ?? '');
    expect(
      Array.from(notes.getElementsByTagName('a:t'))
        .map((t) => t.textContent)
        .join(''),
    ).toContain('备注<script>');
    const core = parse(f['docProps/core.xml'] ?? '');
    expect(core.getElementsByTagName('dc:identifier')[0]?.textContent).toBe('sha256:abc');
    expect(core.getElementsByTagName('dcterms:created')[0]?.textContent).toBe('2026-01-02T03:04:05Z');
  });

  it('embeds pictures through the slide relationship and writes real tables', async () => {
    const f = await unpack();
    const slide2 = parse(f['ppt/slides/slide2.xml'] ?? '');
    const blip = slide2.getElementsByTagName('a:blip')[0]?.getAttribute('r:embed');
    const rels = parse(f['ppt/slides/_rels/slide2.xml.rels'] ?? '');
    const rel = Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === blip);
    const media = `ppt/media/${(rel?.getAttribute('Target') ?? '').replace(/^\.\.\/media\//, '')}`;
    expect(f[media]).toBe(`png:${PNG.length}`);
    const slide3 = parse(f['ppt/slides/slide3.xml'] ?? '');
    const tbl = slide3.getElementsByTagName('a:tbl')[0];
    expect(tbl).toBeDefined();
    expect(tbl?.getElementsByTagName('a:tr')).toHaveLength(3);
    expect(tbl?.getElementsByTagName('a:gridCol')).toHaveLength(2);
    const widths = Array.from(tbl?.getElementsByTagName('a:gridCol') ?? []).map((c) => Number(c.getAttribute('w')));
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });
});

describe('native charts in the deck', () => {
  it('writes a line chart as a real c:chart part with its numbers, related from the slide', async () => {
    const f = await unpack();
    const charts = Object.keys(f).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(1);
    const chart = parse(f[charts[0] ?? ''] ?? '');
    expect(chart.getElementsByTagName('c:lineChart')).toHaveLength(1);
    const values = Array.from(chart.getElementsByTagName('c:val')[0]?.getElementsByTagName('c:v') ?? []).map((v) => v.textContent);
    expect(values).toContain('12');
    expect(values).toContain('14');
    const cats = Array.from(chart.getElementsByTagName('c:cat')[0]?.getElementsByTagName('c:v') ?? []).map((v) => v.textContent);
    expect(cats).toEqual(['2023', '2024', '2025']);
    expect(
      Array.from(chart.getElementsByTagName('c:tx'))
        .map((t) => t.textContent)
        .join(''),
    ).toContain('行政处罚案件<script>');
    const slide4 = f['ppt/slides/slide4.xml'] ?? '';
    expect(slide4).toContain('http://schemas.openxmlformats.org/drawingml/2006/chart');
    const rel = /Target="\/?((?:\.\.\/|ppt\/)charts\/chart\d+\.xml)"/.exec(f['ppt/slides/_rels/slide4.xml.rels'] ?? '')?.[1] ?? '';
    expect(`ppt/charts/${rel.replace(/^.*charts\//, '')}`).toBe(charts[0]);
    // The data is embedded as a workbook, so PowerPoint and WPS can edit it.
    expect(Object.keys(f).some((k) => /^ppt\/embeddings\/.+\.xlsx$/.test(k))).toBe(true);
  });
});
