import { describe, expect, it } from 'vitest';
import { horizontalBarsOption } from '../../../../src/charts/options/bars.ts';
import { radarOption } from '../../../../src/charts/options/radar.ts';
import { lightOptionOf } from '../../../../src/export/chart/lightOption.ts';
import { palettes } from '../../../../src/charts/theme.ts';
import { cssString } from '../../../../src/export/print/printFrame.ts';

describe('documents are light', () => {
  it('re-colours a dark option with the light palette, leaving data and functions', () => {
    const dark = horizontalBarsOption([{ key: 'a', label: 'A', value: 3 }], '件', { theme: 'dark', lang: 'zh' });
    const light = lightOptionOf(dark, 'dark');
    const json = JSON.stringify(light);
    expect(json).toContain(palettes.light[0]);
    expect(json).not.toContain(palettes.dark[0]);
    const series = Array.isArray(light.series) ? light.series : [];
    expect((series[0] as { data: number[] }).data).toEqual([3]);
    expect(typeof (light.tooltip as { formatter: unknown }).formatter).toBe('function');
    const radar = lightOptionOf(
      radarOption(
        {
          axes: ['a', 'b', 'c'],
          series: [
            { name: 's', values: [1, 2, 3] },
            { name: 'm', values: [3, 2, 1] },
          ],
          missing: '—',
        },
        { theme: 'dark', lang: 'zh' },
      ),
      'dark',
    );
    expect(JSON.stringify(radar)).not.toMatch(new RegExp(palettes.dark.slice(0, 2).join('|'), 'i'));
  });

  it('leaves a light option alone and prefers the chart’s own light option', () => {
    const opt = horizontalBarsOption([], '件', { theme: 'light', lang: 'zh' });
    expect(lightOptionOf(opt, 'light')).toBe(opt);
    const mine = { series: [] };
    expect(lightOptionOf(opt, 'dark', () => mine)).toBe(mine);
  });
});

describe('print frame text', () => {
  it('quotes text as one CSS string token', () => {
    expect(cssString('河南省 · 2025')).toBe('"河南省 · 2025"');
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\"b\\\\c </style>"');
  });
});
