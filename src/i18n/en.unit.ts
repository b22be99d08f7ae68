import type { zhUnit } from './zh.unit.ts';

export const enUnit: Record<keyof typeof zhUnit, string> = {
};
