/**
 * A dataset with units but no figures yet (a new region's dataset): what is missing and the next
 * step, instead of an empty screen. `why` says what this screen needs that is not there.
 */
import type { Dataset } from '../contract/schema.ts';
import { useDatasetsManagerText, type DatasetsManagerKey } from '../i18n/datasetsManagerText.ts';
import { useI18n } from '../i18n/index.ts';
import { hrefTo } from '../view/routes.ts';
import { useViewContext } from '../view/ViewContext.ts';
import './noFigures.css';

export default function NoFiguresBody({ dataset, why }: { dataset: Dataset; why?: DatasetsManagerKey | undefined }) {
  const { l } = useI18n();
  const t = useDatasetsManagerText();
  const { view } = useViewContext();
  // Keep language and theme on the way to the import screen; drop scope and year, which do not apply.
  const href = hrefTo({ to: 'import', known: true }, view.params);
  return (
    <section className="panel empty-state no-figures" role="status" aria-labelledby="no-figures-title" data-testid="no-figures">
      <h2 id="no-figures-title">{t('ds.empty.title', { name: l(dataset.meta.name) })}</h2>
      {why && <p>{t(why)}</p>}
      <p>{t('ds.empty.body', { units: dataset.units.length })}</p>
      <p className="no-figures-actions">
        <a className="btn" href={href} data-testid="no-figures-template">
          {t('ds.empty.template')}
        </a>
        <a className="btn ghost" href={href} data-testid="no-figures-import">
          {t('ds.empty.import')}
        </a>
      </p>
    </section>
  );
}
