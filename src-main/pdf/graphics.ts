import type { CanvasElement } from 'pdfmake/interfaces';

/**
 * The infographic's vector graphics, built from numbers only: no text, no links, no images and
 * nothing from the data but counts, so no user input can reach the SVG parser. Labels are pdfmake
 * text beside the graphics. The funnel is SVG; the many bars are pdfmake canvas rectangles, which
 * cost a fraction of an SVG each to lay out.
 */

/** A coordinate as SVG text; throws on anything that is not a finite number. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('SVG coordinate must be a finite number');
  return String(Math.round(value * 100) / 100);
}

/** Only the app's own palette reaches an SVG. */
function colour(value: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new RangeError('colour must be #rrggbb');
  return value;
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">${body}</svg>`;
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

export interface FunnelGeometry {
  width: number;
  bandHeight: number;
  gap: number;
}

/**
 * The funnel: one centred band per step, its width proportional to the step's count (of the
 * largest), joined by light trapezoids. Step i's band starts at y = i × (bandHeight + gap).
 */
export function funnelSvg(
  values: readonly number[],
  geometry: FunnelGeometry,
  bandColours: readonly string[],
  joinColour: string,
): string {
  const { width, bandHeight, gap } = geometry;
  const max = Math.max(0, ...values);
  const minimum = 3;
  const bands = values.map((value, i) => {
    const w = value > 0 ? Math.max(minimum, width * fraction(value, max)) : minimum;
    return { x: (width - w) / 2, y: i * (bandHeight + gap), w, empty: value <= 0 };
  });
  let body = '';
  for (let i = 0; i + 1 < bands.length; i++) {
    const a = bands[i] as (typeof bands)[number];
    const b = bands[i + 1] as (typeof bands)[number];
    const points = [
      [a.x, a.y + bandHeight],
      [a.x + a.w, a.y + bandHeight],
      [b.x + b.w, b.y],
      [b.x, b.y],
    ]
      .map(([x, y]) => `${num(x as number)},${num(y as number)}`)
      .join(' ');
    body += `<polygon points="${points}" fill="${colour(joinColour)}"/>`;
  }
  bands.forEach((band, i) => {
    const fill = band.empty ? joinColour : (bandColours[i] ?? bandColours[bandColours.length - 1]);
    body += `<rect x="${num(band.x)}" y="${num(band.y)}" width="${num(band.w)}" height="${num(bandHeight)}" rx="3" fill="${colour(fill ?? '#000000')}"/>`;
  });
  const height = values.length * bandHeight + Math.max(0, values.length - 1) * gap;
  return svg(width, height, body);
}
