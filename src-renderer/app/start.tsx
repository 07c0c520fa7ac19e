import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/i18n';
import { App } from './App';

// React's first render replaces the frame index.html already shows with the same markup.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
