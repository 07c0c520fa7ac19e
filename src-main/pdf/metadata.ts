import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { oneLine } from './text-fit';

/**
 * What every Instap PDF says about itself (issue 16, point 13): its language, a title that the
 * viewer shows instead of the file name, and who made it. pdfmake 0.3 passes `tagged` on to
 * pdfkit, but lays out no structure elements or marked content: the result claims to be tagged
 * with an empty structure tree, which misleads a screen reader more than an untagged file. So
 * Instap leaves `tagged` off; the reading order is the order of the content.
 */

/** The document information of a PDF. A title never holds a person's name (it shows in lists). */
export function documentInfo(
  title: string,
  made: { author: string; version: string },
): NonNullable<TDocumentDefinitions['info']> {
  const version = oneLine(made.version);
  return {
    title: oneLine(title),
    author: oneLine(made.author) || 'Instap',
    creator: `Instap ${version}`,
    producer: `Instap ${version}`,
  };
}

/**
 * The definition as rendered: Dutch unless it says otherwise, the title in the title bar, and
 * PDF 1.7 (the language entry and the title display need at least 1.4; pdfmake defaults to 1.3).
 */
export function withDocumentDefaults(doc: TDocumentDefinitions): TDocumentDefinitions {
  return { language: 'nl-NL', ...doc, displayTitle: true, version: '1.7' };
}
