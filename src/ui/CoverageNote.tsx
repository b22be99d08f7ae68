/**
 * Who reported, of every unit the scope lists, and a way to see who did not: “14个单位中7个报送
 * 2024年度数据（市 0/1 · 区 5/10 · 县(市) 2/3）”, then 未报送单位 as links to their pages.
 */
import type { Coverage } from '../domain/coverage.ts';
import { useI18n } from '../i18n/index.ts';
import './coverage.css';

export function CoverageNote({
  coverage,
  hrefOf,
  testId = 'coverage',
}: {
  coverage: Coverage;
  hrefOf: (code: string) => string;
  testId?: string;
}) {
  const { t } = useI18n();
  const c = coverage;
  if (c.of === 0) return null;
  const groups = c.groups.map((g) => ({
    key: g.group,
    text: t('truth.ui.group', { peer: t(`league.peer.${g.group}`), n: g.reported.length, of: g.reported.length + g.missing.length }),
  }));
  return (
    <div className="coverage-note" data-testid={testId} data-reported={c.reported} data-of={c.of}>
      <p>
        <strong>{t('truth.ui.coverage', { n: c.reported, of: c.of, year: c.year })}</strong>
        {groups.length > 1 && <span className="muted"> （{groups.map((g) => g.text).join(' · ')}）</span>}
      </p>
      {c.missing.length > 0 && (
        <details className="coverage-missing" data-testid={`${testId}-missing`}>
          <summary>{t('truth.ui.missing', { n: c.missing.length })}</summary>
          <ul>
            {c.missing.map((u) => (
              <li key={u.code}>
                <a href={hrefOf(u.code)}>{u.name}</a> <span className="muted">{t(`level.${u.level}`)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
