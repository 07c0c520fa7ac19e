import { useTranslation } from 'react-i18next';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PartnersPanel } from './PartnersPanel';
import { RegionalFiguresPanel } from './RegionalFiguresPanel';

export function RegionScreen() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="region-title">
      <h1 id="region-title">{t('regional.title')}</h1>
      <RegionalFiguresPanel />
      <ExportPanel />
      <ImportPanel />
      <PartnersPanel />
    </section>
  );
}
