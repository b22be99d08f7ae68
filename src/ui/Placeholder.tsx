import { useI18n } from '../i18n/index.ts';

export function Placeholder({ page }: { page: string }) {
  const { t } = useI18n();
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{t('placeholder.title', { page })}</h1>
      <p>{t('placeholder.body')}</p>
    </section>
  );
}
