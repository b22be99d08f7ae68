/**
 * Strings of the import screen about scans and what reads them (zh-CN). A lazily loaded table
 * (scanText.ts), so the first screen's JS does not carry them.
 */
export const zhScan = {
  'scan.help':
    '拖入或选择年度报告、政府信息公开年报、监督执法总结或新闻（.txt、.docx、.pdf，含扫描件；保存的网页 .html/.htm/.mht；扫描或拍照的页面 .png/.jpg 一起拖入即为一份报告，按文件名排页）或填好的填报模板（.xlsx），可一次多个。文字在后台抽取，扫描件在本机识别；每个数字都要经您确认（接受）后才会加入数据集。审核进度保存在本浏览器中，刷新后仍在。',
  'scan.fail.unsupported':
    '不支持 {ext} 格式。请导入 .txt、.docx、.pdf（含扫描件）、保存的网页（.html、.htm、.mht）、.png/.jpg 页面图片，或 .xlsx 填报模板。',
  'scan.fail.no_text_read':
    '已逐页做 OCR 文字识别，但没有识别出文字。请确认扫描件清晰、页面方向正确（不是空白页或纯图片），或改用原始的 Word/文本文件。',
  'scan.fail.cancelled': '已取消文字识别，未导入。需要时可重新拖入。',
  'scan.fail.ocr_failed': 'OCR 文字识别未能完成（{detail}）。请刷新页面后重试；文件没有上传到任何地方。',
  'scan.loading': '正在载入文字识别引擎（首次约 6 MB，来自本站，之后可离线使用）…',
  'scan.render': '正在读取 {file}：第 {page}/{pages} 页',
  'scan.page': '正在识别 {file}：第 {page}/{pages} 页',
  'scan.cancel': '取消识别',
  'scan.local': '扫描件在本机浏览器中识别，不会上传或发送到任何地方。',
  'scan.item': '扫描件：共 {pages} 页，其中 {ocr} 页为 OCR 文字识别。识别出的原文可能有误，请对照原图逐项核对数字。',
  'scan.tag': '扫描识别 · 第 {page} 页',
  'scan.alt': '扫描件第 {page} 页中这段原文的原图',
} as const;
