import { useMemo } from 'react';
import type { Unit } from '../contract/schema.ts';
import { levels } from '../contract/schema.ts';
import { compareCodes, type Model } from '../domain/model.ts';
import { useI18n } from '../i18n/index.ts';
import { useSettings, useViewContext } from '../view/ViewContext.ts';
import { Fold } from './Fold.tsx';

/** Above this many units the scope list offers provinces and cities only (units via links). */
const MAX_LISTED_UNITS = 600;

interface ScopeOption {
  code: string;
  label: string;
  depth: number;
}

function scopeOptions(model: Model): ScopeOption[] {
  const listAll = model.dataset.units.length <= MAX_LISTED_UNITS;
  const out: ScopeOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    const kids = [...(model.childrenOf.get(parent) ?? [])].sort((a: Unit, b: Unit) => compareCodes(a.code, b.code));
    for (const u of kids) {
      const isArea = u.level !== 'province' && u.level !== 'city';
      if (isArea && !listAll) continue;
      out.push({ code: u.code, label: u.name, depth });
      walk(u.code, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function Filters({ model, showLevel = true }: { model: Model; showLevel?: boolean }) {
  const { t } = useI18n();
  const { view } = useViewContext();
  const [, setSettings] = useSettings();
  const options = useMemo(() => scopeOptions(model), [model]);
  const roots = model.childrenOf.get(null) ?? [];
  const scopeListed = view.scope === null || options.some((o) => o.code === view.scope);
  const scopeUnit = view.scope ? model.unitByCode.get(view.scope) : undefined;
  // What the phone's folded filter button says is selected.
  const summary = [
    view.year ?? '',
    scopeUnit?.name ?? (roots.length === 1 && roots[0] ? roots[0].name : t('filter.scope.all')),
    showLevel && view.level !== 'all' ? t(`level.${view.level}`) : '',
  ]
    .filter((x) => x !== '')
    .join(' · ');

  return (
    <Fold label={t('phone.filters')} summary={summary} className="filters-fold">
      <div className="filters" role="group" aria-label={`${t('filter.year')} / ${t('filter.scope')}`}>
        <label className="field">
          <span>{t('filter.year')}</span>
          <select value={view.year ?? ''} onChange={(e) => setSettings({ year: Number(e.target.value) })} data-testid="filter-year">
            {[...model.years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('filter.scope')}</span>
          <select value={view.scope ?? ''} onChange={(e) => setSettings({ scope: e.target.value || null })} data-testid="filter-scope">
            {roots.length !== 1 && <option value="">{t('filter.scope.all')}</option>}
            {!scopeListed && scopeUnit && <option value={scopeUnit.code}>{scopeUnit.name}</option>}
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {`${'\u3000'.repeat(o.depth)}${o.label}`}
              </option>
            ))}
          </select>
        </label>
        {showLevel && (
          <label className="field">
            <span>{t('filter.level')}</span>
            <select
              value={view.level}
              onChange={(e) => setSettings({ level: levels.find((l) => l === e.target.value) ?? null })}
              data-testid="filter-level"
            >
              <option value="all">{t('level.all')}</option>
              {levels
                .filter((l) => l !== 'province' && l !== 'county_city')
                .map((l) => (
                  <option key={l} value={l}>
                    {t(`level.${l}`)}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
    </Fold>
  );
}
