import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CandidateDetailScreen } from '../features/candidates/CandidateDetailScreen';
import { CandidatesScreen } from '../features/candidates/CandidatesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TrajectoryScreen } from '../features/trajectories/TrajectoryScreen';
import { TrashScreen } from '../features/trash/TrashScreen';
import { Toaster } from '../ui/Toaster';
import { DatabaseProvider } from './database-context';
import { UnderConstruction } from './UnderConstruction';

const navigation = [
  { path: '/kandidaten', label: 'nav.candidates' },
  { path: '/resultaten', label: 'nav.results' },
  { path: '/regio', label: 'nav.region' },
  { path: '/instellingen', label: 'nav.settings' },
  { path: '/prullenbak', label: 'nav.trash' },
] as const;

/** The shell: one navigation for every screen; hash routes so app:// and the web host agree. */
export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <header className="sidebar">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <nav aria-label={t('nav.label')}>
            <ul>
              {navigation.map((item) => (
                <NavItem key={item.path} path={item.path} label={t(item.label)} />
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="content">
          <DatabaseProvider>
            <Switch>
              <Route path="/instellingen" component={SettingsScreen} />
              <Route path="/kandidaten" component={CandidatesScreen} />
              <Route path="/kandidaten/:id" component={CandidateDetailScreen} />
              <Route
                path="/kandidaten/:candidateId/trajecten/:trajectoryId"
                component={TrajectoryScreen}
              />
              <Route path="/prullenbak" component={TrashScreen} />
              <Route path="/resultaten">
                <UnderConstruction title={t('nav.results')} />
              </Route>
              <Route path="/regio">
                <UnderConstruction title={t('nav.region')} />
              </Route>
              <Route>
                <Redirect to="/kandidaten" />
              </Route>
            </Switch>
          </DatabaseProvider>
        </main>
      </div>
      <Toaster />
    </Router>
  );
}

function focusMain(event: React.MouseEvent) {
  // A hash link would change the route: move focus instead.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function NavItem({ path, label }: { path: string; label: string }) {
  const [active] = useRoute(`${path}/*?`);
  return (
    <li>
      <Link href={path} className="nav-link" aria-current={active ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
}
