import type { zhScreen } from './zh.screen.ts';

export const enScreen: Record<keyof typeof zhScreen, string> = {
  'screen.title': '{scope} · {year} rule-of-law supervision',
  'screen.page.kpi': 'Figures',
  'screen.page.league': 'League',
  'screen.page.weaknesses': 'Weaknesses',
  'screen.paused': 'Paused (space to resume)',
  'screen.pausedAuto': 'Paused; rotation resumes in {s} s',
  'screen.stale': 'Update failed; showing data from {time}',
  'screen.updated': 'Updated {time}',
  'screen.top': 'Top {n}',
  'screen.bottom': 'Bottom {n}',
  'screen.all': 'All ranks',
  'screen.peer': 'Peers: {peer} ({n} units)',
  'screen.trend': 'Five-year trend',
  'screen.callouts': 'Recurring problems',
  'screen.callout': '{category}: {n} of {of} units report it, {streak} of them {years} years running',
  'screen.callout.none': 'No unit in this scope reported a weakness this year.',
  'screen.heat': 'Weaknesses reported, by city (share of units)',
  'screen.heat.recurring': '↻ two years running or more',
  'screen.help': 'Space pause/resume · ← → change page',
  'screen.score': 'Composite score',
};
