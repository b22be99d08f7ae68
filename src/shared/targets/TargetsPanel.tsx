/**
 * Where the office loads its own target set (JSON or XLSX). A refused file leaves the targets in
 * use untouched and says, row by row, what is wrong.
 */
import { useState } from 'react';
import { useTargets, useTargetsContext } from '../../data/TargetsProvider.tsx';
import type { Model } from '../../domain/model.ts';
import { useI18n, type I18n } from '../../i18n/index.ts';
import { problemText } from '../../ui/LoadError.tsx';
import type { TargetFileResult } from './targetFile.ts';
import './targets.css';

type Refusal = Exclude<TargetFileResult, { ok: true }>;

function refusalLines(r: Refusal, i18n: I18n): Array<{ path?: string; text: string }> {
  const { t } = i18n;
  switch (r.error) {
    case 'problems':
      return r.problems.map((p) => ({ path: p.path, text: problemText(p, t) }));
    case 'not_json':
      return [{ text: t('targets.error.notJson', { detail: r.detail ?? '' }) }];
    case 'not_xlsx':
      return [{ text: t('targets.error.notXlsx', { detail: r.detail ?? '' }) }];
    case 'no_header':
      return [{ text: t('targets.error.noHeader') }];
    case 'empty':
      return [{ text: t('targets.error.empty') }];
    case 'kind':
      return [{ text: t('targets.error.kind') }];
    case 'encrypted':
      return [{ text: t('targets.error.encrypted') }];
    case 'legacy_xls':
      return [{ text: t('targets.error.legacyXls') }];
    case 'too_large':
      return [{ text: t('targets.error.tooLarge', { limit: r.detail ?? '' }) }];
  }
}

export function TargetsPanel({ model }: { model: Model }) {
  const i18n = useI18n();
  const { t } = i18n;
  const effective = useTargets(model);
  const { setCustom, clearCustom, storageWarning } = useTargetsContext();
  const [refused, setRefused] = useState<{ file: string; result: Refusal } | null>(null);
  const [loaded, setLoaded] = useState<{ file: string; n: number } | null>(null);

  const load = async (file: File) => {
    setLoaded(null);
    // The XLSX reader loads only when a file is chosen.
    const { readTargetFile } = await import('./targetFile.ts');
    const result = await readTargetFile(file, model.dataset.indicators);
    if (!result.ok) {
      setRefused({ file: file.name, result });
      return;
    }
    setRefused(null);
    await setCustom(file.name, result.targets);
    setLoaded({ file: file.name, n: result.targets.length });
  };

  return (
    <details className="panel targets-panel" data-testid="targets-panel" open={refused !== null || undefined}>
      <summary>
        {t('targets.panel.title')} ·{' '}
        <span data-testid="targets-in-use">
          {effective.custom
            ? t('targets.panel.inUse.custom', { file: effective.name ?? '', n: effective.targets.length })
            : effective.targets.length > 0
              ? t('targets.panel.inUse.dataset', { n: effective.targets.length })
              : t('targets.none')}
        </span>
      </summary>
      <p className="muted">{t('targets.panel.help')}</p>
      <div className="targets-actions">
        <label className="btn ghost">
          {t('targets.panel.load')}
          <input
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            data-testid="targets-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void load(file);
            }}
          />
        </label>
        {effective.custom && (
          <button type="button" className="btn ghost" onClick={() => void clearCustom()} data-testid="targets-remove">
            {t('targets.panel.remove')}
          </button>
        )}
        {loaded && <span role="status">{t('targets.panel.loaded', { n: loaded.n, file: loaded.file })}</span>}
      </div>
      {storageWarning !== null && <p className="muted">{t('targets.panel.storage', { detail: storageWarning })}</p>}
      {refused && (
        <div className="panel-error" role="alert" data-testid="targets-refused">
          <p>{t('targets.panel.refused', { file: refused.file })}</p>
          <ul className="problems">
            {refusalLines(refused.result, i18n).map((line, i) => (
              <li key={i}>
                {line.path && <code>{line.path}</code>} {line.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
