import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import '../ui/i18n';
import { useGuardedHashLocation } from '../ui/unsaved-changes/guarded-hash-location';
import { Frame, Loading } from './Frame';

/**
 * The app's frame as HTML for index.html, rendered at build time from the same components React
 * renders first: the window paints it before any script has run, and React's first render
 * replaces it with identical markup (no jump). Only the highlight of the current screen in the
 * navigation comes with React, as the route is not known at build time.
 */
export function staticFrameMarkup(): string {
  return renderToStaticMarkup(
    <Router hook={useGuardedHashLocation}>
      <Frame>
        <Loading />
      </Frame>
    </Router>,
  );
}
