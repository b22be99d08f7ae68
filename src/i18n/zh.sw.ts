/** Strings of the offline service worker's notices (zh-CN). */
export const zhSw = {
  'sw.updateReady': '新版本已就绪，翻页时更新',
};
