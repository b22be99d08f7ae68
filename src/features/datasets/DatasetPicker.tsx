/**
 * The header's dataset picker: the embedded datasets and the user's own, switched in one step;
 * "数据集…" opens the manager (new, rename, remove, download), loaded only when opened.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useNewDatasetRequest } from '../../ui/datasetManagerRequest.ts';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { sourceKey } from '../../data/sources.ts';
import { useI18n } from '../../i18n/index.ts';
import { yearsText } from './yearsText.ts';

const DatasetManager = lazy(() => import('./DatasetManager.tsx'));

export function DatasetPicker() {
  const { t, l, lang } = useI18n();
  const ds = useDatasetContext();
  const [open, setOpen] = useState<false | 'list' | 'new'>(false);
  // A screen asks for a new dataset (the import screen, on the demo).
  useNewDatasetRequest(useCallback(() => setOpen('new'), []));
  const shownKey = ds.shown ? sourceKey(ds.shown) : '';
  const current = ds.shown?.kind === 'embedded' ? `embedded:${ds.shown.id}` : shownKey;

  const onPick = (value: string) => {
    const user = ds.userDatasets.find((d) => `upload:${d.id}` === value);
    if (user) {
      ds.chooseUser(user.id);
      return;
    }
    const entry = ds.embedded.find((e) => `embedded:${e.id}` === value);
    if (entry) ds.chooseEmbedded(entry);
  };

  return (
    <>
      {/* Once the lists are known (with the deployment's config): an empty select that then filled
          moved the header's tools (a layout shift on a slow load). */}
      {ds.config !== null && (
        <label className="field compact">
          <span className="sr-only">{t('ds.pick')}</span>
          <select value={current} onChange={(e) => onPick(e.target.value)} aria-label={t('ds.pick')} data-testid="dataset-picker">
            {ds.embedded.map((e) => (
              <option key={e.id} value={`embedded:${e.id}`}>
                {e.name[lang]}
              </option>
            ))}
            {ds.userDatasets.map((d) => (
              <option key={d.id} value={`upload:${d.id}`} data-testid="dataset-option">
                {`${l(d.name)}（${d.region} · ${yearsText(d.years, t)}${d.unsaved ? ` · ${t('ds.notSaved')}` : ''}）`}
              </option>
            ))}
            {ds.shown?.kind === 'url' && <option value={shownKey}>{t('source.url')}</option>}
            {ds.shown?.kind === 'api' && <option value={shownKey}>{t('source.api')}</option>}
          </select>
        </label>
      )}
      <button type="button" className="btn ghost" onClick={() => setOpen('list')} aria-haspopup="dialog" data-testid="datasets-open">
        {t('ds.manage')}
      </button>
      {open &&
        // On the body: the header's tools may be folded away (a phone's closed menu).
        createPortal(
          <Suspense fallback={null}>
            <DatasetManager onClose={() => setOpen(false)} startNew={open === 'new'} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
