import guideText from '../../../docs/handleiding.md?raw';
import { Markdown } from './Markdown';
import './guide.css';

/**
 * The user guide (docs/handleiding.md), built into the app so that help works offline and never
 * opens a browser. Its screenshots come along as the app's own files; no other image is shown.
 */
const screenshots = import.meta.glob<string>('../../../docs/screenshots/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
});

function screenshotUrl(source: string): string | null {
  return screenshots[`../../../docs/${source}`] ?? null;
}

export function GuideScreen() {
  // The guide is Dutch whatever the interface language: lang lets a screen reader say so.
  return (
    <section className="page guide" lang="nl" aria-labelledby="guide-title">
      <Markdown text={guideText} imageUrl={screenshotUrl} titleId="guide-title" />
    </section>
  );
}
