import type { Model } from '../../domain/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { Placeholder } from '../../ui/Placeholder.tsx';

export default function Page({ model }: { model: Model }) {
  const { t } = useI18n();
  void model;
  return <Placeholder page={t('nav.unit')} />;
}
