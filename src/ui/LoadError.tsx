import type { DatasetLoadError } from '../data/errors.ts';
import { RETRIES } from '../data/fetchDataset.ts';
import type { DatasetProblem } from '../data/validate.ts';
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

/** What went wrong with a dataset, in the user's language: the source, the JSON path, what was wrong. */
export function LoadErrorDetails({ error }: { error: DatasetLoadError }) {
  const { t } = useI18n();
  const f = error.failure;
  let summary: string;
  let problems: DatasetProblem[] = [];
  let more = 0;
  switch (f.kind) {
    case 'network':
      summary = t('error.network', { detail: f.detail, n: RETRIES });
      break;
    case 'http':
      summary = t('error.http', { status: f.status });
      break;
    case 'html':
      summary = t('error.html');
      break;
    case 'not_json':
      summary = t('error.notJson', { detail: f.detail });
      break;
    case 'empty':
      summary = t('error.empty');
      break;
    case 'origin':
      summary = t('error.origin', { origin: f.origin });
      break;
    case 'too_large':
      summary = t('error.tooLarge', { size: f.sizeMb, max: f.maxMb });
      break;
    case 'schema':
      summary = t('error.schema', { total: f.total });
      problems = f.problems;
      more = f.total - f.problems.length;
      break;
  }
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
