import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuideScreen } from '../../../src-renderer/features/help/GuideScreen';
import { Markdown } from '../../../src-renderer/features/help/Markdown';
import { parseInline, parseMarkdown } from '../../../src-renderer/features/help/markdown';

const guideFile = path.resolve(import.meta.dirname, '..', '..', '..', 'docs', 'handleiding.md');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(markdown: string, imageUrl: (source: string) => string | null = () => null) {
  return renderToStaticMarkup(
    <Markdown blocks={parseMarkdown(markdown)} imageUrl={imageUrl} titleId="t" />,
  );
}

describe('the user guide inside the app (issue 13.8)', () => {
  const guide = readFileSync(guideFile, 'utf8');
  const page = renderToStaticMarkup(<GuideScreen />);

  it('shows every heading of docs/handleiding.md, the first as the page title', () => {
    const headings = [...guide.matchAll(/^(#{1,3}) (.+)$/gm)];
    expect(headings.length).toBeGreaterThan(15);
    expect(page).toContain('aria-labelledby="guide-title"');
    expect(page).toContain('<h1 id="guide-title">Handleiding Instap</h1>');
    for (const [, hashes, text] of headings.slice(1)) {
      const tag = `h${hashes?.length}`;
      expect(page).toContain(`<${tag}>${escapeHtml(text ?? '')}</${tag}>`);
    }
    expect(page).toContain('<strong>Nieuwe kandidaat</strong>');
    expect(page).toContain('<th scope="col">Toets</th>');
  });

  it('shows the guide’s screenshots from the app’s own files', () => {
    const referenced = [...guide.matchAll(/^!\[([^\]]*)\]\((screenshots\/[a-z-]+\.png)\)$/gm)];
    expect(referenced.length).toBeGreaterThan(3);
    const shown = [...page.matchAll(/<img [^>]*src="([^"]+)" alt="([^"]*)"/g)];
    expect(shown.map(([, source, alt]) => [alt, source])).toEqual(
      referenced.map(([, alt, file]) => [alt, `/docs/${file}`]),
    );
  });
});

describe('the guide’s Markdown', () => {
  it('reads nested lists, continued lines, code, bold and emphasis', () => {
    const html = render(
      [
        '1. Start **Instap**.',
        '2. Vul in:',
        '   - de naam van uw organisatie,',
        '     ook `{voornaam}`;',
        '   - het _logo_.',
        '     Klik op **Opslaan**.',
        '3. Klaar',
        '',
        'Een variabele als snake_case_name of 2*3*4 blijft tekst.',
      ].join('\n'),
    );
    expect(html).toBe(
      '<ol><li>Start <strong>Instap</strong>.</li>' +
        '<li>Vul in:<ul><li>de naam van uw organisatie, ook <code>{voornaam}</code>;</li>' +
        '<li>het <em>logo</em>. Klik op <strong>Opslaan</strong>.</li></ul></li>' +
        '<li>Klaar</li></ol>' +
        '<p>Een variabele als snake_case_name of 2*3*4 blijft tekst.</p>',
    );
  });

  it('keeps raw HTML as text and shows only images the app ships', () => {
    const html = render(
      [
        '<script>alert(1)</script>',
        '',
        '<img src="https://example.org/x.png" onerror="alert(1)">',
        '',
        '![Extern](https://example.org/x.png)',
        '',
        '![Eigen](screenshots/traject.png)',
        '',
        '**<b>vet</b>**',
      ].join('\n'),
      (source) => (source === 'screenshots/traject.png' ? '/assets/traject.png' : null),
    );
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<p>&lt;img src=&quot;https://example.org/x.png&quot; onerror=&quot;alert(1)&quot;&gt;</p>' +
        '<img class="guide-image" src="/assets/traject.png" alt="Eigen" loading="lazy"/>' +
        '<p><strong>&lt;b&gt;vet&lt;/b&gt;</strong></p>',
    );
  });

  it('reads a pipe table with a header row', () => {
    const html = render('| Toets | Wat |\n| --- | --- |\n| `/` | **zoeken** |\n');
    expect(html).toBe(
      '<table class="figures-table"><thead><tr><th scope="col">Toets</th><th scope="col">Wat</th></tr></thead>' +
        '<tbody><tr><td><code>/</code></td><td><strong>zoeken</strong></td></tr></tbody></table>',
    );
  });

  it('leaves a marker without its partner as text', () => {
    expect(parseInline('a ** b _c `d')).toEqual([{ kind: 'text', text: 'a ** b _c `d' }]);
  });
});
