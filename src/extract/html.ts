/**
 * A saved web page (.html/.htm, and the page inside a .mht) as the reader's text: its title, its
 * date, its words and its tables. Parsed as inert markup by htmlparser2 (no DOM, no script run,
 * no style applied, no image or any other resource fetched), so it works the same in the import
 * screen's worker and in the CLI, under the app's strict CSP.
 *
 * Most reports and 年报 are published as pages of a government CMS: the article sits in a
 * container (TRS_Editor, zoom, article, content …) among menus and footers; that container is
 * read when there is one. Data tables are written as pipe rows ("| 行政许可 | 3679 |"), one line a
 * row, which the table readers take as rows and cells; tables that only lay the page out (a cell
 * holding paragraphs or another table) are read as the blocks they hold.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type TextNode = Extract<Node, { type: typeof ElementType.Text }>;

const isElement = (n: Node): n is Element => 'attribs' in n;
const isText = (n: Node): n is TextNode => n.type === ElementType.Text;

export interface HtmlText {
  /** The page's own title: the CMS's ArticleTitle, else the article's heading, else <title> less the site's name. */
  title: string | null;
  /** The publication date (YYYY-MM-DD) the page states, if any. */
  date: string | null;
  /** The article's text, paragraphs on lines, tables as pipe rows; the title and date first. */
  text: string;
}

/** Never read: what runs, styles or draws, and what is a form control or a menu. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'textarea',
  'head',
  'nav',
]);
const INLINE = new Set([
  'a',
  'span',
  'font',
  'b',
  'strong',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'big',
  'label',
  'abbr',
  'code',
  'ins',
  'del',
  'mark',
  'q',
  'cite',
  'time',
  'o:p',
  'img',
]);
/** Where a CMS puts the article (TRS_Editor, zoom, article-content, xxgk_content …). */
const CONTENT =
  /TRS_Editor|Custom_UnionStyle|(?:^|[-_\s])(?:article|content|contents|zoom|detail|details|maintext|main-text|textcon|text-con|bodytext|body-text|news_content|newscontent|con_text|wzcon|pages?_content|xxgk_content|view)(?:$|[-_\s\d])/i;
/** Navigation and page furniture by their class or id. */
const FURNITURE =
  /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumb|crumb|footer|foot|header|head|share|sidebar|toolbar|print|fontsize|search|login|copyright|related)(?:$|[-_\s\d])/i;

const attr = (el: Element, name: string): string => el.attribs[name] ?? '';
const hidden = (el: Element): boolean => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style')) || 'hidden' in el.attribs;

function elements(root: Node[], test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (test(n)) out.push(n);
      walk(n.children);
    }
  };
  walk(root);
  return out;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of a node as blocks: a line per block element, tables as pipe rows; `skip` holds page furniture. */
function blocks(nodes: Node[], out: string[], skip: ReadonlySet<Node>, pre = false): void {
  for (const n of nodes) {
    if (skip.has(n)) continue;
    if (isText(n)) {
      out.push(pre ? n.data : n.data.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (!isElement(n)) continue;
    const name = n.name.toLowerCase();
    if (SKIP.has(name) || hidden(n)) continue;
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    if (name === 'table') {
      out.push('\n', table(n, skip), '\n');
      continue;
    }
    const block = !INLINE.has(name);
    if (block) out.push('\n');
    blocks(n.children, out, skip, pre || name === 'pre');
    if (block) out.push('\n');
  }
}

const NOTHING: ReadonlySet<Node> = new Set();

const textOf = (nodes: Node[], skip: ReadonlySet<Node> = NOTHING): string => {
  const out: string[] = [];
  blocks(nodes, out, skip);
  return out.join('');
};

function rowsOf(tableEl: Element): Element[] {
  const rows: Element[] = [];
  for (const c of tableEl.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot')
      for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}

/**
 * A data table as pipe rows, one cell per td/th (a spanned cell once, where it starts); a table
 * that lays out the page (a cell holding another table or a page of text, or one column) as blocks.
 */
function table(el: Element, skip: ReadonlySet<Node>): string {
  const rows = rowsOf(el).map((tr) => tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')));
  const nested = elements(el.children, (x) => x.name === 'table').length > 0;
  const texts = rows.map((cells) => cells.map((c) => textOf(c.children, skip)));
  const layout =
    nested ||
    texts.every((r) => r.length <= 1) ||
    texts.some((r) => r.some((t) => squeeze(t).length > 160 || /\n\s*\S[^\n]*\n\s*\S/.test(t.trim())));
  if (layout) return texts.map((r) => r.join('\n')).join('\n');
  return texts
    .filter((r) => r.length > 0)
    .map((r) => `| ${r.map((t) => squeeze(t).replace(/[|｜]/g, '¦')).join(' | ')} |`)
    .join('\n');
}

function metaContent(doc: Doc, names: RegExp): string | null {
  for (const m of elements(doc.children, (x) => x.name === 'meta')) {
    const key = attr(m, 'name') || attr(m, 'property') || attr(m, 'itemprop');
    const content = squeeze(attr(m, 'content'));
    if (names.test(key) && content) return content;
  }
  return null;
}

/** The date a page states for itself: a CMS's PubDate meta, else 发布时间/发布日期 in the text. */
function pageDate(doc: Doc, text: string): string | null {
  const raw =
    metaContent(doc, /^(?:PubDate|pubdate|publishdate|publish_date|article:published_time|firstpublishedtime|Maketime)$/i) ??
    /(?:发布|公开|成文|印发)(?:时间|日期)\s*[:：]?\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/.exec(text)?.[1] ??
    null;
  const m = raw ? /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(raw) : null;
  if (!m) return null;
  return `${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
}

function pageTitle(doc: Doc, article: Node[]): string | null {
  const meta = metaContent(doc, /^(?:ArticleTitle|og:title|title)$/i);
  if (meta) return meta;
  const h = elements(article, (x) => /^h[1-3]$/.test(x.name))[0];
  const heading = h ? squeeze(DomUtils.textContent(h)) : '';
  if (heading.length >= 4) return heading;
  const t = elements(doc.children, (x) => x.name === 'title')[0];
  const title = t ? squeeze(DomUtils.textContent(t)) : '';
  // "报告标题_某某市人民政府" / "报告标题 - 某某区卫生健康委": the site's name after the last separator.
  return title ? title.replace(/\s*(?:[_|｜]|\s-\s|——)\s*[^_|｜]{2,30}$/, '').trim() || title : null;
}

/** The article's nodes: the largest CMS content container with most of the page's text, else the body less its furniture. */
function articleOf(doc: Doc): { nodes: Node[]; skip: ReadonlySet<Node> } {
  const body = elements(doc.children, (x) => x.name === 'body')[0];
  const root = body ? body.children : doc.children;
  const all = squeeze(textOf(root)).length;
  const candidates = elements(root, (x) => CONTENT.test(`${attr(x, 'class')} ${attr(x, 'id')}`) && !FURNITURE.test(attr(x, 'id')));
  let best: Element | null = null;
  let bestLen = 0;
  for (const c of candidates) {
    const len = squeeze(textOf(c.children)).length;
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  if (best && (bestLen >= 200 || bestLen >= all * 0.25)) return { nodes: [best], skip: NOTHING };
  const furniture = new Set<Node>(
    elements(root, (x) => FURNITURE.test(`${attr(x, 'class')} ${attr(x, 'id')}`) || x.name === 'header' || x.name === 'footer'),
  );
  return { nodes: root, skip: furniture };
}

/** Lines trimmed, runs of blank lines to one. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

export function htmlToText(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const article = articleOf(doc);
  const body = tidy(textOf(article.nodes, article.skip));
  const title = pageTitle(doc, article.nodes);
  const date = pageDate(doc, tidy(textOf(doc.children)));
  const head: string[] = [];
  if (title && !body.slice(0, 200).replace(/\s/g, '').includes(title.replace(/\s/g, ''))) head.push(title);
  if (date && !body.slice(0, 300).includes(date)) head.push(`发布日期：${date}`);
  return { title, date, text: [...head, body].filter(Boolean).join('\n') };
}

/** The declared charset of an HTML file's bytes (its BOM, or <meta charset>), else UTF-8 when it is valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
