import type { DatasetMeta } from '../contract/schema.ts';
import { useI18n } from '../i18n/index.ts';

/** The dataset's name, real or synthetic, and its 'data as of' date: shown wherever data is. */
export function DatasetBadge({ meta, showName = true }: { meta: DatasetMeta; showName?: boolean }) {
  const { t, l } = useI18n();
  return (
    <div className="dataset-badge" data-synthetic={meta.synthetic}>
      {showName && <span className="dataset-name">{l(meta.name)}</span>}
      <span className={meta.synthetic ? 'tag tag-synthetic' : 'tag tag-real'}>
        {meta.synthetic ? t('header.synthetic') : t('header.real')}
      </span>
      <span className="dataset-asof">{t('header.asOf', { date: meta.asOf })}</span>
    </div>
  );
}
