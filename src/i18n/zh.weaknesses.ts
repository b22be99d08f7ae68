/** Strings of the weaknesses screen (zh-CN). */
export const zhWeaknesses = {
} as const;
