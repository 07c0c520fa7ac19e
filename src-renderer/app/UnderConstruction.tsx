import { useTranslation } from 'react-i18next';

export function UnderConstruction({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="muted">{t('placeholder.comingBody')}</p>
    </section>
  );
}
