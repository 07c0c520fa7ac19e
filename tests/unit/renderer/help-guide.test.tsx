import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GuideScreen } from '../../../src-renderer/features/help/GuideScreen';
import { Markdown } from '../../../src-renderer/features/help/Markdown';

const guideFile = path.resolve(import.meta.dirname, '..', '..', '..', 'docs', 'handleiding.md');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(markdown: string, imageUrl: (source: string) => string | null = () => null) {
  return renderToStaticMarkup(<Markdown text={markdown} imageUrl={imageUrl} titleId="t" />);
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
  // Between block elements react-markdown keeps the source's line breaks; they show as nothing.
  const blocks = (markdown: string, imageUrl?: (source: string) => string | null) =>
    render(markdown, imageUrl).replace(/\n+</g, '<');

  it('reads nested lists, continued lines, code, bold and emphasis', () => {
    const html = blocks(
      [
        '1. Start **Instap**.',
        '2. Vul in:',
        '   - de naam van uw organisatie,',
        '     ook `{voornaam}`;',
        '   - het _logo_.',
        '     Klik op **Opslaan**.',
        '3. Klaar',
        '',
        'Een variabele als snake_case_name blijft tekst.',
      ].join('\n'),
    );
    expect(html).toBe(
      '<ol><li>Start <strong>Instap</strong>.</li>' +
        '<li>Vul in:<ul><li>de naam van uw organisatie,\nook <code>{voornaam}</code>;</li>' +
        '<li>het <em>logo</em>.\nKlik op <strong>Opslaan</strong>.</li></ul></li>' +
        '<li>Klaar</li></ol>' +
        '<p>Een variabele als snake_case_name blijft tekst.</p>',
    );
  });

  it('keeps raw HTML as text, shows links as their text and only images the app ships', () => {
    const html = blocks(
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
        '',
        'Zie [de site](https://example.org), www.example.org of [dit](javascript:alert(1)).',
      ].join('\n'),
      (source) => (source === 'screenshots/traject.png' ? '/assets/traject.png' : null),
    );
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;\n' +
        '&lt;img src=&quot;https://example.org/x.png&quot; onerror=&quot;alert(1)&quot;&gt;' +
        '<p></p>' +
        '<p><img class="guide-image" src="/assets/traject.png" alt="Eigen" loading="lazy"/></p>' +
        '<p><strong>&lt;b&gt;vet&lt;/b&gt;</strong></p>' +
        '<p>Zie de site, www.example.org of dit.</p>',
    );
  });

  it('reads a pipe table with a header row', () => {
    const html = blocks('| Toets | Wat |\n| --- | --- |\n| `/` | **zoeken** |\n');
    expect(html).toBe(
      '<table class="figures-table"><thead><tr><th scope="col">Toets</th><th scope="col">Wat</th></tr></thead>' +
        '<tbody><tr><td><code>/</code></td><td><strong>zoeken</strong></td></tr></tbody></table>',
    );
  });
});
