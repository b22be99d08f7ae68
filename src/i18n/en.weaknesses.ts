import type { zhWeaknesses } from './zh.weaknesses.ts';

export const enWeaknesses: Record<keyof typeof zhWeaknesses, string> = {
};
