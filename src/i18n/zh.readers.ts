/** Strings of the file readers' bounds and refusals: encrypted, legacy, too large, formulas, future years (zh-CN). */
export const zhReaders = {
  'import.tplp.encrypted':
    '文件设置了打开密码（已加密），无法读取。请在 Excel 中打开后，依次点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存（WPS：“文件 → 文档加密 → 密码加密”中删除打开密码），再上传。',
  'import.tplp.legacy_xls':
    '这是旧版 Excel 97–2003 工作簿（.xls），不是 .xlsx。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再上传。',
  'import.tplp.too_large': '文件解压后超过 {got} MB，远大于任何填报模板（每个单位一行，只有几 MB），未读取。',
  'import.tplp.too_many_rows': '工作表超过 {got} 行，远多于任何填报模板（每个单位一行），未读取。',
  'import.tplp.timeout': '读取超过 {got} 秒仍未完成，远慢于任何填报模板，已停止。',
  'import.tplp.bad_xml': '工作簿中的 {got} 不是合格的 XML（文件已损坏或被改动过），未读取。请在 Excel 或 WPS 中打开并重新保存后再上传',
  'import.tplp.formula': '是公式（{got}），不是填写的数字。请填写数字本身（可复制后“选择性粘贴 → 数值”）',
  'import.tplp.future_year': '填报年度 {got} 年尚未结束，不能填报该年度的数字；请填写已结束的年度',
  'import.fail.encrypted_office':
    'Word 文件设置了打开密码（已加密），无法读取。请在 Word 中依次点“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码并保存（WPS：“文件 → 文档加密 → 密码加密”中删除打开密码），再导入。',
  'import.fail.too_long':
    '文字有 {chars} 个字符，超过上限 {max} 个（最长的真实报告约 2 万字），未读取。若是多份报告合在一起，请分开后再导入。',
  'import.fail.inflated_too_large': '文件解压后超过 {max} MB，远大于任何报告，未读取（{detail}）。',
  'import.fail.too_many_pages':
    'PDF 有 {pages} 页，超过上限 {max} 页（一份年度报告通常只有几十页），未读取。请只导出报告所在的页面后再导入。',
  'import.fail.timeout': '读取超过 {s} 秒仍未完成，已停止，以免页面卡住；之后的文件照常读取。请确认文件是否选对，或拆分后再导入。',
  'import.fail.cancelled': '已取消，未读取。需要时可重新拖入。',
  'import.fail.interrupted':
    '上次读取这个文件（{size} MB）时页面中断了（崩溃或被关闭）。为免再次中断，不再读取它：请确认文件是否选对，或另存为较小的 .docx/.txt 后再导入。',
  'import.rep.repeated': '有 {n} 行重复的文字（如同一份报告贴了两遍、每页都有的页眉）只读了一次，不会算成新的数字。',
  'import.rep.cancel': '取消读取',
  'import.rep.elapsed': '已用 {s} 秒',
  'map.geo.failed.internal': '读取区划图文件时程序出错（{detail}）。这不是网络问题；请把这句话告诉维护人员。',
  'targets.error.encrypted': '文件设置了打开密码（已加密），无法读取。请在 Excel/WPS 中清除打开密码并保存后再载入。',
  'targets.error.legacyXls': '这是旧版 Excel 97–2003 工作簿（.xls）。请另存为 .xlsx 后再载入。',
  'targets.error.tooLarge': '文件超过 {limit}，远大于任何目标表，未读取。',
};
