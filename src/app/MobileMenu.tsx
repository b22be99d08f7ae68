import { useI18n } from '../i18n/index.ts';

/**
 * The phone header's one menu button (hidden on wider screens by phone.css): it opens the header's
 * tools (dataset, export, language, theme) and the screens a phone seldom needs (wall screen,
 * import), which the header lays out below the navigation while it is open.
 */
export function MenuToggle({ open, onToggle, controls }: { open: boolean; onToggle: () => void; controls: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="btn ghost menu-toggle"
      aria-expanded={open}
      aria-controls={controls}
      title={t('phone.menu.label')}
      onClick={onToggle}
    >
      <span className="menu-glyph" aria-hidden="true">
        {open ? '✕' : '☰'}
      </span>
      <span aria-hidden="true">{t('phone.menu')}</span>
    </button>
  );
}
