/**
 * A menu button (WAI-ARIA pattern) with a status line: Enter/Space/↓ open the menu and focus its
 * first item, ↑/↓/Home/End move, Escape closes and returns focus, Tab or a click elsewhere closes.
 * Shared by the chart export menu and the header's page export menu.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLatest } from '../ui/useLatest.ts';

export const errorText = (err: unknown): string =>
  err instanceof Error ? (err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message) : String(err);

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Draw a rule above this item. */
  separator?: boolean;
  testId?: string;
}

export interface Status {
  text: string;
  error: boolean;
  /** Stays until replaced (work in progress). */
  sticky?: boolean;
}

export interface MenuButtonProps {
  /** Class prefix: `${cls}`, `${cls}-btn`, `${cls}-menu`, `${cls}-status`. */
  cls: string;
  buttonClass?: string;
  label: string;
  testId?: string;
  content: ReactNode;
  items: MenuItem[];
  status: Status | null;
  onStatusExpire: () => void;
  /** Called on hover/focus of the button: load what the actions need. */
  onPreload?: () => void;
}

export function MenuButton({ cls, buttonClass, label, testId, content, items, status, onStatusExpire, onPreload }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const expire = useLatest(onStatusExpire);

  useEffect(() => {
    if (!open) return undefined;
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not(:disabled)')?.focus();
    const away = (e: PointerEvent) => {
      const target = e.target;
      if (target instanceof Node && !menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  useEffect(() => {
    if (!status || status.sticky) return undefined;
    const timer = setTimeout(() => expire.current(), 8000);
    return () => clearTimeout(timer);
  }, [status, expire]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
    const active = document.activeElement;
    const i = active instanceof HTMLButtonElement ? list.indexOf(active) : -1;
    const n = list.length;
    const next =
      e.key === 'ArrowDown' ? (i + 1) % n : e.key === 'ArrowUp' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
    else if (next !== null) {
      e.preventDefault();
      list[next]?.focus();
    }
  };

  return (
    <div className={cls}>
      <button
        ref={button}
        type="button"
        className={buttonClass ?? `${cls}-btn`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        title={label}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
        onPointerEnter={onPreload}
        onFocus={onPreload}
      >
        {content}
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" className={`${cls}-menu`} aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.id} role="none" className={item.separator ? 'sep' : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={item.disabled}
                data-export={item.id}
                data-testid={item.testId}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span
        className={status?.error ? `${cls}-status error` : `${cls}-status`}
        role="status"
        aria-live="polite"
        data-testid={testId ? `${testId}-status` : undefined}
      >
        {open ? '' : (status?.text ?? '')}
      </span>
    </div>
  );
}
