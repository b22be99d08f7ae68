/** Strings of the unit screen (zh-CN). */
export const zhUnit = {
} as const;
