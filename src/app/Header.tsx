import { useEffect, useState } from 'react';
import { useDatasetContext } from '../data/DatasetProvider.tsx';
import { sourceKey } from '../data/sources.ts';
import { useI18n } from '../i18n/index.ts';
import { DatasetBadge } from '../ui/DatasetBadge.tsx';
import { ScreenExport } from '../features/export/ScreenExport.tsx';
import { useViewContext } from '../view/ViewContext.ts';
import { MenuToggle } from './MobileMenu.tsx';

const routes = ['overview', 'league', 'weaknesses', 'screen', 'import'] as const;

export function Header() {
  const { t, lang } = useI18n();
  const { view, setParams } = useViewContext();
  const ds = useDatasetContext();
  const shownKey = ds.shown ? sourceKey(ds.shown) : '';
  const current =
    ds.shown?.kind === 'upload' ? 'upload' : ds.shown?.kind === 'embedded' ? `embedded:${ds.shown.id}` : shownKey;

  // The phone folds the header's tools (and the screens a phone seldom needs) into one menu,
  // closed again whenever the route changes.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [view.route]);

  const onPick = (value: string) => {
    if (value === 'upload') {
      ds.chooseUpload();
      return;
    }
    const entry = ds.embedded.find((e) => `embedded:${e.id}` === value);
    if (entry) ds.chooseEmbedded(entry);
  };

  return (
    <header className="app-header" data-menu={menuOpen ? 'open' : 'closed'}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('header.skip')}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">法</span>
        <span className="brand-title">
          <span className="brand-full">{t('app.title')}</span>
          <span className="brand-short" aria-hidden="true">
            {t('app.short')}
          </span>
        </span>
      </div>
      <nav className="app-nav" aria-label={t('app.short')}>
        {routes.map((r) => (
          <a
            key={r}
            href={`#/${r}?${view.params.toString()}`}
            className={view.route === r ? 'active' : undefined}
            aria-current={view.route === r ? 'page' : undefined}
            data-route={r}
          >
            {t(`nav.${r}`)}
          </a>
        ))}
      </nav>
      <MenuToggle open={menuOpen} onToggle={() => setMenuOpen((o) => !o)} controls="header-tools" />
      <div className="header-tools" id="header-tools">
        {ds.dataset && <DatasetBadge meta={ds.dataset.meta} showName={false} />}
        <label className="field compact">
          <span className="sr-only">{t('source.pick')}</span>
          <select value={current} onChange={(e) => onPick(e.target.value)} aria-label={t('source.pick')} data-testid="dataset-picker">
            {ds.embedded.map((e) => (
              <option key={e.id} value={`embedded:${e.id}`}>
                {e.name[lang]}
              </option>
            ))}
            {ds.uploadName && <option value="upload">{`${t('header.uploaded')}：${ds.uploadName}`}</option>}
            {ds.shown?.kind === 'url' && <option value={shownKey}>{t('source.url')}</option>}
            {ds.shown?.kind === 'api' && <option value={shownKey}>{t('source.api')}</option>}
          </select>
        </label>
        <ScreenExport />
        <button type="button" className="btn ghost" onClick={() => setParams({ lang: lang === 'zh' ? 'en' : null })} lang={lang === 'zh' ? 'en' : 'zh'}>
          {t('header.lang')}
        </button>
        <button
          type="button"
          className="btn ghost"
          aria-pressed={view.theme === 'dark'}
          onClick={() => setParams({ theme: view.theme === 'dark' ? 'light' : 'dark' })}
        >
          {view.theme === 'dark' ? t('header.theme.light') : t('header.theme.dark')}
        </button>
      </div>
    </header>
  );
}
