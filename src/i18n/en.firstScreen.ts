import type { zhFirstScreen } from './zh.firstScreen.ts';

export const enFirstScreen: Record<keyof typeof zhFirstScreen, string> = {
  'firstScreen.mark': 'As last opened · data as of {asOf} · loading the latest…',
};
