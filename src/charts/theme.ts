/**
 * Palettes and ECharts themes. Colours are Okabe–Ito based (distinguishable with the common
 * colour-vision deficiencies) and chosen with enough lightness contrast to survive a projector;
 * the CSS variables in styles.css use the same values.
 */
export type ThemeName = 'light' | 'dark';

export const palettes: Record<ThemeName, string[]> = {
  light: ['#0b63b0', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#b8860b', '#6a3d9a', '#555555'],
  dark: ['#5fb0f0', '#f08c3c', '#2fc79a', '#e39ac4', '#9dd6f5', '#e6c229', '#b79ae0', '#c8c8c8'],
};

export interface ThemeTokens {
  text: string;
  textMuted: string;
  axis: string;
  split: string;
  background: string;
  surface: string;
  accent: string;
  /** Sequential scale for heatmaps, light → strong. */
  sequential: string[];
}

export const tokens: Record<ThemeName, ThemeTokens> = {
  light: {
    text: '#1b2430',
    textMuted: '#5a6472',
    axis: '#8a94a3',
    split: '#e3e7ed',
    background: 'transparent',
    surface: '#ffffff',
    accent: '#0b63b0',
    sequential: ['#eef4fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  },
  dark: {
    text: '#e8edf4',
    textMuted: '#a7b2c2',
    axis: '#7c8797',
    split: '#2b3646',
    background: 'transparent',
    surface: '#141c28',
    accent: '#5fb0f0',
    sequential: ['#1b2a3d', '#1f4e79', '#2f7fc1', '#7fbde8', '#d7ecfa'],
  },
};

// Single quotes: ECharts' SVG renderer writes the family into style="font-family:…" unescaped, so
// double quotes there closed the attribute and made the tile map's SVG export malformed.
export const fontFamily =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', system-ui, sans-serif";

export function echartsTheme(name: ThemeName): Record<string, unknown> {
  const t = tokens[name];
  const axis = {
    axisLine: { lineStyle: { color: t.axis } },
    axisTick: { lineStyle: { color: t.axis } },
    axisLabel: { color: t.textMuted, fontSize: 12 },
    splitLine: { lineStyle: { color: t.split } },
    nameTextStyle: { color: t.textMuted },
  };
  return {
    color: palettes[name],
    backgroundColor: t.background,
    textStyle: { fontFamily, color: t.text },
    title: { textStyle: { color: t.text }, subtextStyle: { color: t.textMuted } },
    legend: { textStyle: { color: t.textMuted } },
    categoryAxis: axis,
    valueAxis: axis,
    radar: { axisName: { color: t.textMuted }, splitLine: { lineStyle: { color: t.split } }, axisLine: { lineStyle: { color: t.split } } },
    tooltip: { backgroundColor: t.surface, borderColor: t.split, textStyle: { color: t.text } },
  };
}

export const themeId = (name: ThemeName): string => `fazhi-${name}`;
