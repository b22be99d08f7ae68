/** Strings of the import screen's merge: what an add would do, conflicts, documents, duplicates (zh-CN). */
export const zhImportMerge = {
  'import.target': '导入到：{name}',
  'import.target.demo':
    '这是演示数据集（合成数字）。导入的报告和模板会加入它的一个副本，与演示数字混在一起，模板也是演示数据的单位。要整理本单位、本地区的真实数字，请先新建数据集（选省、市或县），再下载它的填报模板。',
  'import.target.copy': '这是内置数据集：导入的数字会加入它的一个副本（保存在本浏览器中），内置数据集本身不变。',
  'import.target.new': '新建数据集…',
  'import.tpl.for': '模板按“{name}”生成。',
  'import.codes.unknown':
    '当前数据集中有 {n} 个单位的代码不在 GB/T 2260 行政区划表（{source}）中：{list}。请核对代码；如确是本地自设的单位（如没有独立代码的新区），在数据集里给该单位加上 "ownCode": true，就不再提示。',
  'import.review.unknownCode':
    '代码 {code}（{name}）不在 GB/T 2260 行政区划表中：请核对；如确是本地自设的单位，可在数据集中为它标记 ownCode。',
  'import.merge.fig.new': '新增',
  'import.merge.fig.confirmed': '与数据集一致',
  'import.merge.fig.conflict': '与已有数字不一致',
  'import.merge.fig.kept': '保留 {value}',
  'import.merge.summary': '将加入：新增 {created} 项，确认 {confirmed} 项（与已有数字一致，补充来源），不一致 {conflicts} 项。',
  'import.merge.documents': '{n} 份文件没有可加入的数字，将作为该单位该年度的文件存档。',
  'import.merge.button': '加入当前数据集（{items} 份文件：新增 {created}，确认 {confirmed}，不一致 {conflicts}）',
  'import.merge.unresolved': '还有 {n} 处不一致未选择：请在上方为每一处选择保留哪个数值，选好后才能加入。',
  'import.merge.conflicts.title': '与数据集已有数字不一致（{n} 处）',
  'import.merge.conflicts.help':
    '同一单位同一年度的同一指标，来源给出了不同的数值。请逐一选择保留哪个：保留的数值连同它的来源加入数据集；未保留的不会加入，但会记在这次加入的版本里。未涉及的指标保持原值和来源。',
  'import.merge.conflict.head': '{unit} · {year} 年 · {indicator}',
  'import.merge.keepAllIncoming': '全部保留待加入文件的数值',
  'import.merge.keepAllExisting': '全部保留数据集已有的数值',
  'import.merge.keep': '保留 {value}',
  'import.merge.src.dataset': '数据集已有',
  'import.merge.src.datasetNoQuote': '数据集已有（无引文）',
  'import.merge.src.item': '待加入：{file}',
  'import.merge.ok':
    '已加入 {items} 份文件：新增 {created} 项数字，确认 {confirmed} 项，不一致 {conflicts} 项已按您的选择处理；{documents} 份仅存档。“{name}”已保存在本浏览器，这次加入记为一个版本，可在“数据集…→ 版本”中查看改动或撤销。',
  'import.merge.changed': '另一个标签页刚刚修改了这个数据集，加入后会出现 {n} 处新的不一致。什么都没有加入：请在上方选择后再加入。',
  'import.merge.newIndicators':
    '当前数据集的指标目录中没有 {n} 项指标（{names}）：加入时按默认指标目录补入，已有记录在这些指标上为“未报告”（不是 0）。',
  'import.merge.pruned': '为保持在版本预算内（每个数据集最多 {limit} 个版本、合计 {mb} MB），最早的 {n} 个版本已删除。',
  'import.merge.adding': '正在加入…',
  'import.review.status.duplicate': '重复文件',
  'import.review.status.document': '仅存档',
  'import.review.duplicate': '这份文件与“{of}”内容相同（按正文比对，不看文件名和格式），不会重复加入。可以移除它。',
  'import.review.documentOnly': '没有已接受的数字：加入时作为 {unit} {year} 年的文件存档（连同已接受的不足），以记录这份报告已读。',
  'import.review.otherTab': '另一个标签页刚刚修改了这份文件的审核，这里显示的是最新内容。',
} as const;
