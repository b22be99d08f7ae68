import type { DatasetLoadError } from '../data/errors.ts';
import { RETRIES } from '../data/fetchDataset.ts';
import type { DatasetProblem } from '../contract/validate.ts';
import { useI18n, type I18n } from '../i18n/index.ts';

export function problemText(p: DatasetProblem, t: I18n['t']): string {
  return t(`problem.${p.code}`, {
    expected: p.expected ?? '',
    received: p.received ?? '',
    subject: p.subject ?? '',
  })
    .replace(/（）|\(\)/g, '')
    .trim();
}

/** What went wrong, in one sentence of the user's language (the path-by-path problems aside). */
export function failureSummary(error: DatasetLoadError, t: I18n['t']): string {
  const f = error.failure;
  switch (f.kind) {
    case 'network':
      return t('error.network', { detail: f.detail, n: RETRIES });
    case 'timeout':
      return t('error.timeout', { s: f.seconds });
    case 'http':
      return t('error.http', { status: f.status });
    case 'html':
      return t('error.html');
    case 'not_json':
      return t('error.notJson', { detail: f.detail });
    case 'empty':
      return t('error.empty');
    case 'origin':
      return t('error.origin', { origin: f.origin });
    case 'too_large':
      return t('error.tooLarge', { size: f.sizeMb, max: f.maxMb });
    case 'schema':
      return t('error.schema', { total: f.total });
    case 'internal':
      return t('error.internal', { detail: f.detail });
  }
}

/** What went wrong with a dataset, in the user's language: the source, the JSON path, what was wrong. */
export function LoadErrorDetails({ error }: { error: DatasetLoadError }) {
  const { t } = useI18n();
  const f = error.failure;
  const summary = failureSummary(error, t);
  const problems: DatasetProblem[] = f.kind === 'schema' ? f.problems : [];
  const more = f.kind === 'schema' ? f.total - f.problems.length : 0;
  return (
    <div className="load-error" data-failure={f.kind}>
      <p className="load-error-source">{t('error.source', { source: error.source })}</p>
      <p className="load-error-summary">{summary}</p>
      {problems.length > 0 && (
        <ul className="load-error-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code> {problemText(p, t)}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="load-error-more">{t('error.more', { n: more })}</p>}
    </div>
  );
}
