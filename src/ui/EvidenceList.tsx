import { useContext } from 'react';
import type { EvidenceItem } from '../domain/evidence.ts';
import { formatValue, useI18n } from '../i18n/index.ts';
import { scopeLabel } from '../i18n/labels.ts';
import { unitHref } from '../view/unitHref.ts';
import { ViewContext } from '../view/ViewContext.ts';

/** Quotes with their documents. Quotes are data: rendered as text, never as HTML. */
export function EvidenceList({ items, synthetic, showUnit = true }: { items: EvidenceItem[]; synthetic: boolean; showUnit?: boolean }) {
  const { t, lang } = useI18n();
  // A quote's unit opens in the view's language and theme, at the quote's year.
  const here = useContext(ViewContext)?.view.params;
  if (items.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <ul className="evidence-list">
      {items.map((item, i) => {
        const e = item.evidence;
        return (
          <li key={i} className="evidence-item">
            <blockquote lang="zh-CN">{e.quote}</blockquote>
            <div className="evidence-meta">
              {showUnit && (
                <a className="evidence-unit" href={unitHref(item.unit.code, here, { year: item.year })}>
                  {item.unit.name}
                </a>
              )}
              {e.value !== undefined && (
                <span className="evidence-value">{formatValue(e.value, e.unit ?? '', lang, { approx: e.approx ?? false })}</span>
              )}
              {e.scope && <span className="tag">{scopeLabel(t, e.scope)}</span>}
              {e.derived && <span className="tag">{t('evidence.derived')}</span>}
              {e.separate && <span className="tag">{t('evidence.separate')}</span>}
              <span className="evidence-doc">
                {t('evidence.doc')}：{item.document?.title ?? e.doc}
                {item.document?.docNumber ? `（${item.document.docNumber}）` : ''}
              </span>
              {(item.document?.synthetic ?? synthetic) && <span className="tag tag-synthetic">{t('evidence.synthetic')}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
