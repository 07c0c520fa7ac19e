import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { AccessLost } from '../ui/AccessLost';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Toaster } from '../ui/Toaster';
import { useGuardedHashLocation } from '../ui/unsaved-changes/guarded-hash-location';
import { LeaveConfirmation } from '../ui/unsaved-changes/LeaveConfirmation';
import { DatabaseProvider } from './database-context';
import {
  CandidateDetailScreen,
  CandidatesScreen,
  EmployerScreen,
  EmployersScreen,
  GuideScreen,
  HelpScreen,
  ImportScreen,
  MeetingScreen,
  PreloadScreens,
  RegionScreen,
  RegisterScreen,
  ResultsScreen,
  SettingsScreen,
  TodayScreen,
  TrajectoryScreen,
  TrashScreen,
} from './screens';
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
 * The shell: one navigation for every screen; hash routes so app:// and the web host agree, and
 * that ask before a form's unsaved changes are left behind.
 */
export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useGuardedHashLocation}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <div className="shell">
        <Sidebar navigation={navigation} />
        <main id="main" tabIndex={-1} className="content">
          <DatabaseProvider>
            <ScreenBoundary>
              <Suspense fallback={<p className="page-status">{t('common.loading')}</p>}>
                <PreloadScreens />
                <Switch>
                  <Route path="/vandaag" component={TodayScreen} />
                  <Route path="/instellingen" component={SettingsScreen} />
                  <Route path="/kandidaten" component={CandidatesScreen} />
                  <Route path="/kandidaten/importeren" component={ImportScreen} />
                  <Route path="/kandidaten/:id" component={CandidateDetailScreen} />
                  <Route
                    path="/kandidaten/:candidateId/trajecten/:trajectoryId"
                    component={TrajectoryScreen}
                  />
                  <Route path="/prullenbak" component={TrashScreen} />
                  <Route path="/help" component={HelpScreen} />
                  <Route path="/handleiding" component={GuideScreen} />
                  <Route path="/resultaten" component={ResultsScreen} />
                  <Route path="/regio" component={RegionScreen} />
                  <Route path="/werkgevers" component={EmployersScreen} />
                  <Route path="/werkgevers/:id" component={EmployerScreen} />
                  <Route path="/overleg" component={MeetingScreen} />
                  <Route path="/getuigschriften" component={RegisterScreen} />
                  <Route>
                    <Redirect to="/vandaag" />
                  </Route>
                </Switch>
              </Suspense>
            </ScreenBoundary>
          </DatabaseProvider>
        </main>
      </div>
      <Toaster />
      <LeaveConfirmation />
      <AccessLost />
    </Router>
  );
}

function focusMain(event: React.MouseEvent) {
  // A hash link would change the route: move focus instead.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** A fresh error boundary for every screen: navigating away clears a crash. */
function ScreenBoundary({ children }: { children: React.ReactNode }) {
  const [location] = useLocation();
  return <ErrorBoundary key={location}>{children}</ErrorBoundary>;
}
