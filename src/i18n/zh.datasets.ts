/** zh-CN strings of the user's own datasets that the first screen needs: picker, empty states, storage (the manager's are in zh.datasetsManager.ts). */
export const zhDatasets = {
  'ds.pick': '选择数据集',
  'ds.manage': '数据集…',
  'ds.years.none': '尚无数字',
  'ds.years.range': '{from}–{to}',
  'ds.download': '下载 JSON',
  'ds.empty.title': '“{name}”还没有数字',
  'ds.empty.body': '它有 {units} 个单位，但还没有任何年度数字。请下载填报模板交各单位填写后上传，或导入各单位的法治政府建设情况报告。',
  'ds.empty.template': '下载填报模板',
  'ds.empty.import': '导入报告',
  'ds.empty.league': '排行榜按年度数字给单位排名：数据集有了数字后这里才有排名。',
  'ds.empty.heatmap': '短板热力图来自报告中“存在的不足”：导入报告并确认其中的短板后，这里才有内容。',
  'ds.empty.screen': '数据集“{name}”尚无数据',
  'ds.storage.quota': '浏览器的存储空间已满，“{name}”未能保存到本浏览器：它仍在本页上，但刷新或关闭后会丢失。请先下载 JSON 文件保存，再在“数据集…”中删除不用的数据集腾出空间。',
  'ds.storage.unavailable': '本浏览器不允许保存数据（可能是隐私模式）：“{name}”只保留到关闭本页为止，请下载 JSON 文件保存。（{detail}）',
} as const;
