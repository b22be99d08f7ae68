import { useEffect, useState } from 'react';
import { useDatasetContext } from '../data/DatasetProvider.tsx';
import { useI18n } from '../i18n/index.ts';
import { DatasetBadge } from '../ui/DatasetBadge.tsx';
import { DatasetPicker } from '../features/datasets/DatasetPicker.tsx';
import { ScreenExport } from '../export/screen/ScreenExport.tsx';
import { hrefTo, navRoutes } from '../view/routes.ts';
import { useSettings, useViewContext } from '../view/ViewContext.ts';
import { MenuToggle } from './MobileMenu.tsx';

export function Header() {
  const { t, lang } = useI18n();
  const { view } = useViewContext();
  const [, setSettings] = useSettings();
  const ds = useDatasetContext();
  // The phone folds the header's tools (and the screens a phone seldom needs) into one menu,
  // closed again whenever the route changes.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [view.route]);

  return (
    <header className="app-header" data-menu={menuOpen ? 'open' : 'closed'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('header.skip')}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          法
        </span>
        <span className="brand-title">
          <span className="brand-full">{t('app.title')}</span>
          <span className="brand-short" aria-hidden="true">
            {t('app.short')}
          </span>
        </span>
      </div>
      <nav className="app-nav" aria-label={t('app.short')}>
        {navRoutes.map((r) => (
          <a
            key={r}
            href={hrefTo({ to: r }, view.params)}
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
        <DatasetPicker />
        <ScreenExport />
        <button
          type="button"
          className="btn ghost"
          onClick={() => setSettings({ lang: lang === 'zh' ? 'en' : null })}
          lang={lang === 'zh' ? 'en' : 'zh'}
        >
          {t('header.lang')}
        </button>
        <button
          type="button"
          className="btn ghost"
          aria-pressed={view.theme === 'dark'}
          onClick={() => setSettings({ theme: view.theme === 'dark' ? 'light' : 'dark' })}
        >
          {view.theme === 'dark' ? t('header.theme.light') : t('header.theme.dark')}
        </button>
      </div>
    </header>
  );
}
