import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import type { Dispatch } from 'react';
import { useI18n, type MessageKey, type Params } from '../../i18n/index.ts';
import { useScanText, type ScanKey } from '../../i18n/scanText.ts';
import type { ReviewAction } from './review.ts';
import type { FileFailure, TemplateProblemView } from './types.ts';

const PROBLEM_KEYS: Record<string, MessageKey> = {
  not_xlsx: 'import.tplp.not_xlsx',
  not_template: 'import.tplp.not_template',
  bad_year: 'import.tplp.bad_year',
  not_number: 'import.tplp.not_number',
  cell_error: 'import.tplp.cell_error',
  negative: 'import.tplp.negative',
  not_integer: 'import.tplp.not_integer',
  over_100: 'import.tplp.over_100',
  bad_code: 'import.tplp.bad_code',
  unknown_indicator: 'import.tplp.unknown_indicator',
  no_values: 'import.tplp.no_values',
  encrypted: 'import.tplp.encrypted',
  legacy_xls: 'import.tplp.legacy_xls',
  too_large: 'import.tplp.too_large',
  too_many_rows: 'import.tplp.too_many_rows',
  timeout: 'import.tplp.timeout',
  bad_xml: 'import.tplp.bad_xml',
  formula: 'import.tplp.formula',
  future_year: 'import.tplp.future_year',
};

/** Files that were read and refused for what they hold (a template with bad cells, not a report), not unreadable ones. */
export const REFUSED: ReadonlySet<string> = new Set(['template', 'not_report']);

export function problemLine(
  file: string,
  p: TemplateProblemView,
  t: (key: MessageKey, params?: Record<string, string | number | undefined>) => string,
  label: (indicator: string) => string = (id) => id,
): string {
  const key = PROBLEM_KEYS[p.code] ?? 'import.tplp.not_xlsx';
  const problem = t(key, { got: p.got ?? '' });
  if (p.sheet && p.cell && p.unitCode && p.indicator)
    return t('import.tplp.atUnit', {
      file,
      sheet: p.sheet,
      cell: p.cell,
      unit: `${p.unitName ?? ''}（${p.unitCode}）`,
      indicator: label(p.indicator),
      problem,
    });
  return p.sheet && p.cell
    ? t('import.tplp.at', { file, sheet: p.sheet, cell: p.cell, problem })
    : t('import.tplp.file', { file, problem });
}

/** Failures whose wording is in the scan table (scanText.ts). */
const SCAN_FAILURES: Partial<Record<FileFailure['code'], ScanKey>> = {
  unsupported: 'scan.fail.unsupported',
  no_text_read: 'scan.fail.no_text_read',
  ocr_failed: 'scan.fail.ocr_failed',
  ocr_cancelled: 'scan.fail.cancelled',
};

export function failureMessage(
  f: FileFailure,
  t: (key: MessageKey, params?: Params) => string,
  scanT: (key: ScanKey, params?: Params) => string,
): string {
  const params = f.params ?? {};
  const scanKey = SCAN_FAILURES[f.code];
  const key = `import.fail.${f.code}` as MessageKey;
  const message = scanKey
    ? scanT(scanKey, { ...params, detail: params.detail ?? '' })
    : f.code === 'template'
      ? t(key, { total: f.total ?? f.problems?.length ?? 0 })
      : t(key, { ...params, detail: params.detail ?? '' });
  return t('import.fail.line', { file: f.file, message }).replace(/（）|\(\)/g, '');
}

export function FailureList({
  failures,
  dispatch,
  label,
}: {
  failures: readonly FileFailure[];
  dispatch: Dispatch<ReviewAction>;
  /** An indicator's name, for problems that name their column. */
  label: (indicator: string) => string;
}) {
  const { t } = useI18n();
  const scanT = useScanText();
  if (failures.length === 0) return null;
  return (
    <div className="banner banner-error inline import-failures" role="alert" data-testid="import-failures">
      <strong>{t('import.fail.title')}</strong>
      <ul className="failure-list">
        {failures.map((f) => (
          <li
            key={f.id}
            className="import-failure"
            data-testid="import-failure"
            data-file={f.file}
            data-code={f.code}
            data-refused={REFUSED.has(f.code) ? 'true' : undefined}
          >
            <div className="failure-main">
              <span>{failureMessage(f, t, scanT)}</span>
              <button type="button" className="btn ghost small" onClick={() => dispatch({ type: 'dismissFailure', id: f.id })}>
                {t('import.fail.dismiss')}
              </button>
            </div>
            {f.problems && f.problems.length > 0 && (
              <ul className="template-problems">
                {f.problems.map((p, i) => (
                  <li key={i} data-testid="template-problem" data-cell={p.cell ?? ''}>
                    {problemLine(f.file, p, t, label)}
                  </li>
                ))}
                {(f.total ?? 0) > f.problems.length && (
                  <li className="muted">{t('import.fail.more', { n: (f.total ?? 0) - f.problems.length })}</li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
