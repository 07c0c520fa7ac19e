import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShortenedText, shorten } from '../../../src-renderer/ui/ShortenedText';

const long =
  'Gesprek op de werkplek met de praktijkbegeleider over de planning van de komende weken, ' +
  'de afspraken over vervoer en de eerste ervaringen met het nieuwe rooster van de afdeling.';

describe('long notes in tables', () => {
  it('shows the first words of a long note, cut at a word, with an ellipsis', () => {
    const short = shorten(long);
    expect(short).toBe(
      'Gesprek op de werkplek met de praktijkbegeleider over de planning van de komende weken, de afspraken over vervoer en de…',
    );
    expect(short.length).toBeLessThanOrEqual(121);
  });

  it('leaves a short note as it is', () => {
    expect(shorten('Kort telefonisch contact.')).toBe('Kort telefonisch contact.');
    expect(renderToStaticMarkup(<ShortenedText text="Kort." />)).toBe('Kort.');
  });

  it('keeps the whole note for screen readers and on hover', () => {
    const html = renderToStaticMarkup(<ShortenedText text={long} />);
    expect(html).toContain(`title="${long}"`);
    expect(html).toContain(`<span class="visually-hidden">${long}</span>`);
    expect(html).toContain('<span aria-hidden="true">Gesprek op de werkplek');
  });
});
