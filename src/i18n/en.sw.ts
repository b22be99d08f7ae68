import type { zhSw } from './zh.sw.ts';

export const enSw: Record<keyof typeof zhSw, string> = {
  'sw.updateReady': 'New version ready; it loads at the next page turn',
};
