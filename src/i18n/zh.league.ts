/** Strings of the league screen (zh-CN). */
export const zhLeague = {
} as const;
