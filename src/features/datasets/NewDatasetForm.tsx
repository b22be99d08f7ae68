/**
 * "新建数据集": pick a province, then (optionally) a city, then (optionally) a county; name it;
 * create it. The GB/T 2260 table is loaded here, on first open (its own chunk).
 */
import { useEffect, useMemo, useState } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { loadRegionTable } from '../../data/regionTable.ts';
import type { RegionTable, TableRegion } from '../../domain/regionTable.ts';
import { translateManager, useDatasetsManagerText } from '../../i18n/datasetsManagerText.ts';
import { countUnits, newRegionDataset, regionUnits, todayIso } from './newDataset.ts';

type TableState = { kind: 'loading' } | { kind: 'ready'; table: RegionTable } | { kind: 'failed'; detail: string };

const byCode = (a: TableRegion, b: TableRegion): number => a.code.localeCompare(b.code);

export function NewDatasetForm({ onCreated }: { onCreated: (name: string) => void }) {
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  const [state, setState] = useState<TableState>({ kind: 'loading' });
  const [province, setProvince] = useState('');
  const [city, setCity] = useState('');
  const [county, setCounty] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadRegionTable().then(
      (table) => live && setState({ kind: 'ready', table }),
      (err: unknown) => live && setState({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const table = state.kind === 'ready' ? state.table : null;
  const provinces = useMemo(() => (table ? table.regions.filter((r) => r.level === 'province') : []), [table]);
  const cities = useMemo(
    () =>
      table && province
        ? table
            .childrenOf(province)
            .filter((r) => r.level === 'city')
            .sort(byCode)
        : [],
    [table, province],
  );
  // Under a city its county-level units; a province's own county-level units (济源, 北京's districts) under the province.
  const counties = useMemo(
    () =>
      table && (city || province)
        ? table
            .childrenOf(city || province)
            .filter((r) => r.level !== 'city' && r.level !== 'province' && !r.devZone)
            .sort(byCode)
        : [],
    [table, city, province],
  );
  const picked = county || city || province;
  const region = table?.byCode.get(picked);
  const units = useMemo(() => (table && picked ? regionUnits(table, picked) : []), [table, picked]);
  const count = countUnits(units);
  const defaultName = region ? tm('ds.new.defaultName', { region: region.name, year: new Date().getFullYear() - 1 }) : '';
  const finalName = (name ?? defaultName).trim();

  const create = async () => {
    if (!table || !region || finalName === '') return;
    setBusy(true);
    const asOf = todayIso();
    const description = {
      zh: translateManager('zh', 'ds.meta.description', { region: region.name, source: table.source, date: asOf }),
      en: translateManager('en', 'ds.meta.description', { region: region.name, source: table.source, date: asOf }),
    };
    const dataset = newRegionDataset({ table, code: region.code, name: finalName, asOf, description });
    const saved = await ds.saveDataset(dataset, { fileName: `${dataset.meta.id}.json` });
    setBusy(false);
    if (saved) onCreated(finalName);
  };

  if (state.kind === 'loading')
    return (
      <p className="muted" role="status">
        {tm('ds.new.loading')}
      </p>
    );
  if (state.kind === 'failed')
    return (
      <p className="note-warn" role="alert">
        {tm('ds.new.loadFailed', { detail: state.detail })}
      </p>
    );

  return (
    <form
      className="ds-new"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      data-testid="new-dataset"
    >
      <p className="muted">{tm('ds.new.help')}</p>
      <div className="ds-new-fields">
        <label className="field stacked">
          {tm('ds.new.province')}
          <select
            value={province}
            onChange={(e) => {
              setProvince(e.target.value);
              setCity('');
              setCounty('');
            }}
            data-testid="new-province"
          >
            <option value="">{tm('ds.new.pick')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field stacked">
          {tm('ds.new.city')}
          <select
            value={city}
            disabled={!province || cities.length === 0}
            onChange={(e) => {
              setCity(e.target.value);
              setCounty('');
            }}
            data-testid="new-city"
          >
            <option value="">{tm('ds.new.wholeProvince')}</option>
            {cities.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field stacked">
          {tm('ds.new.county')}
          <select
            value={county}
            disabled={!province || counties.length === 0}
            onChange={(e) => setCounty(e.target.value)}
            data-testid="new-county"
          >
            <option value="">{city ? tm('ds.new.wholeCity') : tm('ds.new.wholeProvince')}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field stacked ds-new-name">
          {tm('ds.new.name')}
          <input
            type="text"
            value={name ?? defaultName}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            disabled={!region}
            data-testid="new-name"
          />
        </label>
      </div>
      {region && (
        <p className="muted" data-testid="new-preview">
          {tm('ds.new.preview', count)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn" disabled={!region || finalName === '' || busy} data-testid="new-create">
          {tm('ds.new.create')}
        </button>
      </div>
    </form>
  );
}
