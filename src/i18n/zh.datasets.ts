/** zh-CN strings of the user's own datasets that the first screen needs: picker, empty states, storage (the manager's are in zh.datasetsManager.ts). */
export const zhDatasets = {
  'ds.pick': '选择数据集',
  'ds.notSaved': '未保存，刷新后会丢失',
  'ds.manage': '数据集…',
  'ds.years.none': '尚无数字',
  'ds.years.range': '{from}–{to}',
  'ds.download': '下载 JSON',
  'ds.empty.screen': '数据集“{name}”尚无数据',
} as const;
