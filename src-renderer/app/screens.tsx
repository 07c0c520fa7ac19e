import { lazy, useEffect, type ComponentType } from 'react';
import { WhenDatabaseOpen } from './database-context';

/**
 * Every screen as a chunk of its own (issue 18): the first screen loads only the code it shows,
 * so a cold start parses a fraction of the app. A screen's code is fetched from the moment its
 * route is chosen, while the database is still opening, not after. Once a screen is on screen,
 * the others are fetched while the browser is idle, so moving to another screen does not wait.
 */
const loaders: (() => Promise<unknown>)[] = [];

function screen<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  loaders.push(load);
  const Code = lazy<ComponentType<Props>>(async () => ({ default: (await load())[name] }));
  return function Screen(props: Props) {
    useEffect(() => void load(), []);
    return (
      <WhenDatabaseOpen>
        <Code {...props} />
        <PreloadScreens />
      </WhenDatabaseOpen>
    );
  };
}

export const TodayScreen = screen(() => import('../features/today/TodayScreen'), 'TodayScreen');
export const CandidatesScreen = screen(
  () => import('../features/candidates/CandidatesScreen'),
  'CandidatesScreen',
);
export const CandidateDetailScreen = screen(
  () => import('../features/candidates/CandidateDetailScreen'),
  'CandidateDetailScreen',
);
export const ImportScreen = screen(
  () => import('../features/spreadsheet/ImportScreen'),
  'ImportScreen',
);
export const TrajectoryScreen = screen(
  () => import('../features/trajectories/TrajectoryScreen'),
  'TrajectoryScreen',
);
export const ResultsScreen = screen(
  () => import('../features/results/ResultsScreen'),
  'ResultsScreen',
);
export const RegionScreen = screen(
  () => import('../features/regional/RegionScreen'),
  'RegionScreen',
);
export const EmployersScreen = screen(
  () => import('../features/employers/EmployersScreen'),
  'EmployersScreen',
);
export const EmployerScreen = screen(
  () => import('../features/employers/EmployerScreen'),
  'EmployerScreen',
);
export const MeetingScreen = screen(
  () => import('../features/meeting/MeetingScreen'),
  'MeetingScreen',
);
export const RegisterScreen = screen(
  () => import('../features/certificates/RegisterScreen'),
  'RegisterScreen',
);
export const SettingsScreen = screen(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen',
);
export const TrashScreen = screen(() => import('../features/trash/TrashScreen'), 'TrashScreen');
export const HelpScreen = screen(() => import('../features/help/HelpScreen'), 'HelpScreen');
export const GuideScreen = screen(() => import('../features/help/GuideScreen'), 'GuideScreen');

/**
 * Rendered beside the screen inside the routes' Suspense boundary: its effect runs once the
 * screen is on screen, never before, and then fetches the other screens' code when idle.
 */
function PreloadScreens() {
  useEffect(() => {
    const preload = () => loaders.forEach((load) => void load());
    const id = requestIdleCallback(preload, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  return null;
}
