import type { zhPhone } from './zh.phone.ts';

/** Strings of the phone layout (below 720 px): the header menu, folded filters, the league list (English). */
export const enPhone: Record<keyof typeof zhPhone, string> = {
  'phone.menu': 'Menu',
  'phone.menu.label': 'More pages and settings',
  'phone.filters': 'Filters',
  'phone.settings': 'Compare and filter',
  'phone.league.pick': 'Fourth column',
  'phone.league.sortGroup': 'Sort',
  'phone.league.sort': 'Sort by {column}',
  'phone.league.more': 'Show {n} more (of {total})',
  'phone.league.open': 'Open the unit page',
  'phone.league.details': 'All figures of {unit}',
  'phone.league.peerGroup': '{group} ({n})',
  'phone.league.query': '“{q}”',
  'phone.league.recurring': 'Recurring weaknesses only',
};
