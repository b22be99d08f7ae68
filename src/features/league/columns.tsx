/**
 * League columns, generated from the indicator catalogue: the fixed identity columns, one
 * score per indicator group, then the indicators the user chose. Each score cell carries a
 * bar as well as a tint, so the scale reads without colour.
 */
import type { ColumnDef } from '@tanstack/react-table';
import type { Indicator } from '../../contract/schema.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import type { Model } from '../../domain/model.ts';
import { isNormalisable, type Normalisation } from '../../domain/scoring.ts';
import { formatFixed } from '../../i18n/change.ts';
import { formatNumber, formatValue, unitLabel, type I18n } from '../../i18n/index.ts';
import { unitHref } from '../../view/unitHref.ts';
import type { LeagueRow } from './leagueData.ts';

export const num = (x: number | null | undefined): number | undefined => (x === null ? undefined : x);

export function ScoreCell({ score, text }: { score: number | null | undefined; text?: string }) {
  if (score === null || score === undefined)
    return (
      <span className="missing" title="—">
        —
      </span>
    );
  const q = Math.min(4, Math.floor(score / 20));
  return (
    <span className={`score-cell q${q}`}>
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${Math.max(2, score)}%` }} />
      </span>
      <span className="score-text">{text ?? formatNumber(score, 'zh', 0)}</span>
    </span>
  );
}

function HistorySpark({ history, label }: { history: LeagueRow['history']; label: string }) {
  const pts = history.map((h, i) => ({ i, r: h.rank, p: h.peers }));
  const max = Math.max(1, ...pts.map((p) => p.p));
  const w = 72;
  const h = 22;
  const x = (i: number) => (pts.length <= 1 ? w / 2 : (i / (pts.length - 1)) * (w - 6) + 3);
  // Rank 1 at the top.
  const y = (r: number) => (max <= 1 ? h / 2 : ((r - 1) / (max - 1)) * (h - 6) + 3);
  const ranked = pts.filter((p): p is { i: number; r: number; p: number } => p.r !== null);
  const path = ranked.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.r).toFixed(1)}`).join(' ');
  return (
    <svg className="spark" width={w} height={h} role="img" aria-label={label}>
      <title>{label}</title>
      {path && <path d={path} className="spark-line" />}
      {ranked.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.r)} r={2} className="spark-dot" />
      ))}
    </svg>
  );
}

const peerOrder = ['county', 'district', 'city', 'province', 'all'];

export function unitText(ind: Indicator, norm: Normalisation, i18n: I18n): string {
  const base = ind.unit === '%' ? '%' : unitLabel(ind.unit, i18n.lang);
  if (norm === 'raw' || !isNormalisable(ind)) return base;
  return `${base} / ${i18n.t(`league.norm.${norm}`).replace(/^每/, '')}`;
}

export function leagueColumns(
  model: Model,
  chosen: string[],
  norm: Normalisation,
  i18n: I18n,
  params: URLSearchParams,
): Array<ColumnDef<LeagueRow>> {
  const { t, l, lang } = i18n;
  const cols: Array<ColumnDef<LeagueRow>> = [
    {
      id: 'rank',
      header: t('league.col.rank'),
      accessorFn: (r) => num(r.score.rank),
      sortUndefined: 'last',
      meta: { pinLeft: 0, width: 76, align: 'end' },
      cell: ({ row }) => {
        const s = row.original.score;
        return s.rank === null ? (
          <span className="muted">{t('league.unranked')}</span>
        ) : (
          <span className="rank">
            <strong>{s.rank}</strong>
            <small>/{s.peers}</small>
          </span>
        );
      },
    },
    {
      id: 'name',
      header: t('league.col.unit'),
      accessorFn: (r) => r.unit.name,
      meta: { pinLeft: 76, width: 150 },
      cell: ({ row }) => (
        <a href={unitHref(row.original.unit.code, params)} className="unit-link" onClick={(e) => e.stopPropagation()}>
          {row.original.unit.name}
        </a>
      ),
    },
    {
      id: 'move',
      header: t('league.col.move'),
      accessorFn: (r) => (typeof r.movement === 'number' ? r.movement : undefined),
      sortUndefined: 'last',
      meta: { width: 84, align: 'center' },
      cell: ({ row }) => {
        const m = row.original.movement;
        if (m === null) return <span className="muted">—</span>;
        if (m === 'new') return <span className="move new">{t('league.move.new')}</span>;
        if (m === 0)
          return (
            <span className="move same" title={t('league.move.same')}>
              ＝
            </span>
          );
        return (
          <span className={`move ${m > 0 ? 'up' : 'down'}`} title={t(m > 0 ? 'league.move.up' : 'league.move.down', { n: Math.abs(m) })}>
            {m > 0 ? '↑' : '↓'}
            {Math.abs(m)}
          </span>
        );
      },
    },
    {
      id: 'city',
      header: t('league.col.city'),
      accessorFn: (r) => r.place,
      meta: { width: 96 },
      cell: ({ row }) => row.original.city?.name ?? '',
    },
    {
      id: 'peer',
      header: t('league.col.peer'),
      accessorFn: (r) => peerOrder.indexOf(r.score.peerGroup),
      meta: { width: 72 },
      cell: ({ row }) => <span className="tag">{t(`league.peer.${row.original.score.peerGroup}`)}</span>,
    },
    {
      id: 'composite',
      header: t('league.col.composite'),
      accessorFn: (r) => num(r.score.composite),
      sortUndefined: 'last',
      meta: { width: 150 },
      cell: ({ row }) => {
        const s = row.original.score;
        return (
          <span className="composite">
            <ScoreCell score={s.composite} text={s.composite === null ? undefined : formatFixed(s.composite, lang, 1)} />
            <small className="muted">{t('league.coverage', { n: s.coverage.groups, of: s.coverage.of })}</small>
          </span>
        );
      },
    },
    ...indicatorGroups.map((g): ColumnDef<LeagueRow> => ({
      id: `g.${g}`,
      header: t(`group.${g}`),
      accessorFn: (r) => num(r.score.groups[g]),
      sortUndefined: 'last',
      meta: { width: 104, description: `${t(`group.${g}`)} ${t('league.score')}` },
      cell: ({ row }) => <ScoreCell score={row.original.score.groups[g]} />,
    })),
  ];
  for (const id of chosen) {
    const ind = model.indicatorById.get(id);
    if (!ind) continue;
    const unit = unitText(ind, norm, i18n);
    cols.push({
      id: `i.${id}`,
      header: () => (
        <span className="th-ind">
          {l(ind.label)}
          <small>{unit}</small>
        </span>
      ),
      accessorFn: (r) => num(r.score.indicators.get(id)?.value),
      sortUndefined: 'last',
      meta: { width: 128, align: 'end', description: `${l(ind.label)} (${unit})` },
      cell: ({ row }) => {
        const s = row.original.score.indicators.get(id);
        const v = s?.value ?? null;
        if (v === null)
          return (
            <span className="missing" title={t('value.missingLong')}>
              —
            </span>
          );
        // One precision per column: per-size figures to 2 decimals, rates to 1, counts whole.
        const text =
          norm !== 'raw' && isNormalisable(ind)
            ? formatFixed(v, lang, 2)
            : ind.unit === '%'
              ? `${formatFixed(v, lang, 1)}%`
              : formatValue(v, '', lang).trim();
        return s?.score === null || s?.score === undefined ? (
          <span className="num">{text}</span>
        ) : (
          <ScoreCell score={s.score} text={text} />
        );
      },
    });
  }
  cols.push(
    {
      id: 'history',
      header: t('league.col.history'),
      enableSorting: false,
      meta: { width: 96 },
      cell: ({ row }) => (
        <HistorySpark history={row.original.history} label={row.original.history.map((h) => `${h.year}: ${h.rank ?? '—'}`).join('，')} />
      ),
    },
    {
      id: 'recurring',
      header: t('league.col.recurring'),
      accessorFn: (r) => r.recurring.length,
      meta: { width: 180 },
      cell: ({ row }) => (
        <span className="recurring-list">
          {row.original.recurring.map((w) => (
            <span key={w} className="tag tag-recurring">
              ↻ {l(model.weaknessById.get(w)?.label) || w}
            </span>
          ))}
        </span>
      ),
    },
  );
  return cols;
}
