import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FONT_FILES, fontsFolder } from './render';

/**
 * Text that must stay on one line of a known width (names in a list, a title): measured with the
 * advance widths of the real font and shortened with an ellipsis. pdfmake breaks a word without
 * spaces over many lines, and an overlong line can push a one-page document onto a second page.
 *
 * The widths come from the font's own `cmap` and `hmtx` tables (a few dozen lines instead of a
 * font library). Kerning only narrows text, so the measure errs on the safe side.
 */

export type FontWeight = 'normal' | 'bold';

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
}

const cache = new Map<FontWeight, Metrics>();

function metrics(weight: FontWeight): Metrics {
  let m = cache.get(weight);
  if (m === undefined) {
    m = readMetrics(readFileSync(path.join(fontsFolder(), FONT_FILES[weight])));
    cache.set(weight, m);
  }
  return m;
}

function readMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };

  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const glyphOf = cmapLookup(font, table('cmap'));
  const widths = new Map<number, number>();
  return {
    unitsPerEm,
    advance: (codePoint) => {
      let width = widths.get(codePoint);
      if (width === undefined) {
        // A character the font lacks is drawn as glyph 0 (.notdef), with its width.
        width = advanceOfGlyph(glyphOf(codePoint));
        widths.set(codePoint, width);
      }
      return width;
    },
  };
}

/** Code point → glyph id from a Windows Unicode subtable: format 12 (full) or 4 (BMP). */
function cmapLookup(font: Buffer, cmap: number): (codePoint: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const subtable = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(subtable);
    if (platform === 3 && encoding === 10 && format === 12) format12 = subtable;
    if (platform === 3 && encoding === 1 && format === 4) format4 = subtable;
  }
  if (format12 !== null) {
    const table = format12;
    const groups = font.readUInt32BE(table + 12);
    return (codePoint) => {
      let low = 0;
      let high = groups - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const group = table + 16 + mid * 12;
        if (codePoint < font.readUInt32BE(group)) high = mid - 1;
        else if (codePoint > font.readUInt32BE(group + 4)) low = mid + 1;
        else return font.readUInt32BE(group + 8) + codePoint - font.readUInt32BE(group);
      }
      return 0;
    };
  }
  if (format4 !== null) {
    const table = format4;
    const segments = font.readUInt16BE(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (codePoint) => {
      if (codePoint > 0xffff) return 0;
      for (let i = 0; i < segments; i++) {
        if (codePoint > font.readUInt16BE(ends + i * 2)) continue;
        const start = font.readUInt16BE(starts + i * 2);
        if (codePoint < start) return 0;
        const delta = font.readUInt16BE(deltas + i * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const at = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
        const glyph = font.readUInt16BE(at);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  return () => 0;
}

/** Width in points of `text` set in Roboto at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const m = metrics(weight);
  let units = 0;
  for (const char of text) units += m.advance(char.codePointAt(0) as number);
  return (units * fontSize) / m.unitsPerEm;
}

/**
 * One line of plain text: composed Unicode (NFC, so an e with a combining accent is the font's
 * own é), control and bidi-override characters and runs of white space become one space, the
 * ends are trimmed. What reaches a PDF from data goes through here.
 */
/** Control characters (Cc), bidi marks and overrides, line and paragraph separators, spaces. */
const NOT_ON_ONE_LINE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\s]+/gu;

export function oneLine(text: string): string {
  return text.normalize('NFC').replace(NOT_ON_ONE_LINE, ' ').trim();
}

const ELLIPSIS = '…';

/**
 * `text` on one line, shortened with an ellipsis so it is at most `maxWidth` points wide.
 * Cuts between code points, never inside a surrogate pair.
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string {
  const line = oneLine(text);
  // 2% slack for rounding in the layout engine.
  const limit = maxWidth * 0.98;
  if (textWidth(line, fontSize, weight) <= limit) return line;
  const room = limit - textWidth(ELLIPSIS, fontSize, weight);
  const chars = Array.from(line);
  let width = 0;
  let kept = 0;
  for (const char of chars) {
    const w = textWidth(char, fontSize, weight);
    if (width + w > room) break;
    width += w;
    kept++;
  }
  return `${chars.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}
