import type { zhLeague } from './zh.league.ts';

export const enLeague: Record<keyof typeof zhLeague, string> = {
};
