/** How much of a long note a table row shows. */
export const SHORT_TEXT_LENGTH = 120;

/** The first words of a long text, cut at a word where one is near, with an ellipsis. */
export function shorten(text: string, length = SHORT_TEXT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * A long note in a table row: the first words on screen (the whole text on hover), the whole
 * text for screen readers; the row keeps its height so the table stays readable.
 */
export function ShortenedText({ text }: { text: string }) {
  const short = shorten(text);
  if (short === text) return <>{text}</>;
  return (
    <span title={text}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
