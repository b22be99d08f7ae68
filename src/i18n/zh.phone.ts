/** Strings of the phone layout (below 720 px): the header menu, folded filters, the league list (zh-CN). */
export const zhPhone = {
  'phone.menu': '菜单',
  'phone.menu.label': '更多页面与设置',
  'phone.filters': '筛选',
  'phone.settings': '比较与筛选',
  'phone.league.pick': '第四列',
  'phone.league.sortGroup': '排序',
  'phone.league.sort': '按{column}排序',
  'phone.league.more': '再显示 {n} 个（共 {total} 个）',
  'phone.league.open': '打开单位详情',
  'phone.league.details': '{unit}的全部指标',
  'phone.league.peerGroup': '{group}（{n}）',
  'phone.league.query': '“{q}”',
  'phone.league.recurring': '只看反复短板',
} as const;
