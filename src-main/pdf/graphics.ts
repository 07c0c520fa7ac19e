import type { CanvasElement } from 'pdfmake/interfaces';

/**
 * The infographic's graphics: pdfmake canvas rectangles built from numbers only (no text, links or
 * images, nothing from the data but counts). Labels are pdfmake text beside the graphics.
 */

/** A coordinate rounded to 0.01; throws on anything that is not a finite number. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('coordinate must be a finite number');
  return String(Math.round(value * 100) / 100);
}

/** Only the app's own palette reaches a graphic. */
function colour(value: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new RangeError('colour must be #rrggbb');
  return value;
}

/** Share of `value` in `max`, 0–1; 0 when max is 0. */
export function fraction(value: number, max: number): number {
  return max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
}

/** A horizontal bar on a light track: `share` (0–1) of the width filled, rounded ends. */
export function barCanvas(
  share: number,
  width: number,
  height: number,
  fill: string,
  track: string,
): CanvasElement[] {
  const r = height / 2;
  const filled = share > 0 ? Math.max(height, width * Math.min(1, share)) : 0;
  const rect = (w: number, color: string): CanvasElement => ({
    type: 'rect',
    x: 0,
    y: 0,
    w: Number(num(w)),
    h: Number(num(height)),
    r,
    color: colour(color),
  });
  return filled > 0 ? [rect(width, track), rect(filled, fill)] : [rect(width, track)];
}

/**
 * One bar split into parts side by side (e.g. completed | ongoing | stopped), each as wide as its
 * share of the total; parts of 0 take no room. An empty total leaves only the track.
 */
export function stackedBarCanvas(
  parts: readonly { value: number; colour: string }[],
  width: number,
  height: number,
  track: string,
): CanvasElement[] {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part.value), 0);
  const rect = (x: number, w: number, color: string): CanvasElement => ({
    type: 'rect',
    x: Number(num(x)),
    y: 0,
    w: Number(num(w)),
    h: Number(num(height)),
    color: colour(color),
  });
  const elements: CanvasElement[] = [rect(0, width, track)];
  let x = 0;
  for (const part of parts) {
    const w = width * fraction(part.value, total);
    if (w <= 0) continue;
    // A hairline of white between parts keeps neighbours apart.
    elements.push(rect(x, Math.max(0.5, w - (x + w < width - 0.01 ? 1 : 0)), part.colour));
    x += w;
  }
  return elements;
}
