import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Sidebar } from './Sidebar';

const navigation = [
  { path: '/vandaag', label: 'nav.today' },
  { path: '/kandidaten', label: 'nav.candidates' },
  { path: '/resultaten', label: 'nav.results' },
  { path: '/regio', label: 'nav.region' },
  { path: '/werkgevers', label: 'nav.employers' },
  { path: '/overleg', label: 'nav.meeting' },
  { path: '/getuigschriften', label: 'nav.certificates' },
  { path: '/instellingen', label: 'nav.settings' },
  { path: '/prullenbak', label: 'nav.trash' },
  { path: '/help', label: 'nav.help' },
  { path: '/handleiding', label: 'nav.guide' },
] as const;

/**
 * The frame around every screen: skip link, navigation, and the main area the screen fills. The
 * build also writes it into index.html (./static-frame.tsx), so the window shows the frame while
 * the scripts load and React replaces it with the same markup.
 */
export function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <Sidebar navigation={navigation} />
        <main id="main" tabIndex={-1} className="content">
          {children}
        </main>
      </div>
    </>
  );
}

function focusMain(event: React.MouseEvent) {
  // A hash link would change the route: move focus instead.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** What the main area shows while the database opens or a screen's code arrives. */
export function Loading() {
  const { t } = useTranslation();
  return <p className="page-status">{t('common.loading')}</p>;
}
