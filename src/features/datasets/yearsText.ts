import type { I18n } from '../../i18n/index.ts';

/** 2021–2025, 2025, or "no figures yet". */
export function yearsText(years: readonly number[], t: I18n['t']): string {
  const from = years[0];
  const to = years[years.length - 1];
  if (from === undefined || to === undefined) return t('ds.years.none');
  return from === to ? String(from) : t('ds.years.range', { from, to });
}
