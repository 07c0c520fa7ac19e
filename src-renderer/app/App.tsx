import { Suspense } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { AccessLost } from '../ui/AccessLost';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Toaster } from '../ui/Toaster';
import { useGuardedHashLocation } from '../ui/unsaved-changes/guarded-hash-location';
import { LeaveConfirmation } from '../ui/unsaved-changes/LeaveConfirmation';
import { DatabaseProvider } from './database-context';
import { Frame, Loading } from './Frame';
import {
  CandidateDetailScreen,
  CandidatesScreen,
  EmployerScreen,
  EmployersScreen,
  GuideScreen,
  HelpScreen,
  ImportScreen,
  MeetingScreen,
  RegionScreen,
  RegisterScreen,
  ResultsScreen,
  SettingsScreen,
  TodayScreen,
  TrajectoryScreen,
  TrashScreen,
} from './screens';

/**
 * The shell: one navigation for every screen; hash routes so app:// and the web host agree, and
 * that ask before a form's unsaved changes are left behind.
 */
export function App() {
  return (
    <Router hook={useGuardedHashLocation}>
      <Frame>
        <DatabaseProvider>
          <ScreenBoundary>
            <Suspense fallback={<Loading />}>
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
      </Frame>
      <Toaster />
      <LeaveConfirmation />
      <AccessLost />
    </Router>
  );
}

/** A fresh error boundary for every screen: navigating away clears a crash. */
function ScreenBoundary({ children }: { children: React.ReactNode }) {
  const [location] = useLocation();
  return <ErrorBoundary key={location}>{children}</ErrorBoundary>;
}
