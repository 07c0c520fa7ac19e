import { oneLine } from './text-fit';

/**
 * Free text from records for documents that flow (certificate, agenda): composed Unicode so a
 * name typed with combining accents (e + ◌́) is set with the font's own é, and no control
 * characters.
 */

/** One line: see `oneLine`, plus NFC. */
export function clean(text: string | null | undefined): string {
  return oneLine((text ?? '').normalize('NFC'));
}

/** Paragraphs separated by blank lines; single line breaks join with a space. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map(clean)
    .filter((paragraph) => paragraph !== '');
}

const hoursFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "16 uur", "12,5 uur". */
export function formatHours(hours: number): string {
  return `${hoursFormat.format(hours)} uur`;
}
