/** The running header/footer text of printed pages (small: part of the initial bundle). */
import { translate, type MessageKey } from '../../i18n/index.ts';
import type { DocInfo } from '../registry/docInfo.ts';

const stamp = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

export function contextLine(info: DocInfo): string {
  const t = (k: MessageKey) => translate(info.lang, k);
  const parts = [`${t('filter.scope')}：${info.scope}`];
  if (info.year !== null) parts.push(`${t('filter.year')}：${info.year}`);
  if (info.filters.length) parts.push(info.filters.join('；'));
  return parts.join(' · ');
}

export function footLine(info: DocInfo, hash: string | null): string {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(info.lang, k, p);
  const ds = info.dataset;
  const parts: string[] = [];
  if (ds) {
    const name = ds.name[info.lang];
    const label = t(ds.synthetic ? 'header.synthetic' : 'header.real');
    parts.push(`${t('export.doc.source')}：${name.includes(label) ? name : `${name}（${label}）`}`);
    parts.push(t('header.asOf', { date: ds.asOf }));
  }
  if (hash) parts.push(t('export.doc.snapshot', { hash: hash.slice(0, 12) }));
  parts.push(t('export.doc.exported', { date: stamp(info.exportedAt) }));
  return parts.join(' · ');
}
