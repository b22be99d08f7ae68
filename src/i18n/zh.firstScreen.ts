/** Strings of the kept first screen (a picture of the last screen seen, shown until the app draws; zh-CN). */
export const zhFirstScreen = {
  'firstScreen.mark': '上次打开时的画面 · 数据截至 {asOf} · 正在载入最新数据…',
};
