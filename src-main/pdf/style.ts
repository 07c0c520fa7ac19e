import type { Content } from 'pdfmake/interfaces';

/** A4 in points, and the colours every Instap document shares (the app's teal and slate). */
export const A4 = { width: 595.28, height: 841.89 };

export const palette = {
  accent: '#1f6f6b',
  dark: '#1d2a33',
  text: '#2c3a44',
  muted: '#5f6e78',
  soft: '#8a979f',
  rule: '#d5dde1',
  tint: '#edf5f4',
};

/** "2  Opbouwprogramma (…)": a numbered section title over an accent rule, kept together. */
export function sectionHeading(
  number: number,
  title: string,
  width: number,
  suffix?: string,
): Content {
  return {
    stack: [
      {
        text: [
          { text: `${number}  `, color: palette.accent },
          { text: title },
          ...(suffix
            ? [{ text: `  ${suffix}`, color: palette.muted, bold: false, fontSize: 10 }]
            : []),
        ],
        fontSize: 13.5,
        bold: true,
        color: palette.dark,
      },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: width,
            y2: 0,
            lineWidth: 1.2,
            lineColor: palette.accent,
          },
        ],
        margin: [0, 4, 0, 6],
      },
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}
