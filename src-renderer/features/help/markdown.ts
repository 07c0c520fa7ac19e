/**
 * The small part of Markdown the user guide (docs/handleiding.md) uses, read into plain data:
 * headings, paragraphs, (nested) lists, pipe tables, images on their own line, and inline
 * bold, emphasis and code. There is no HTML in the result: whatever else the text holds, raw
 * HTML included, stays text.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'image'; alt: string; source: string };

export interface ListItem {
  content: Inline[];
  /** Lists nested under this item. */
  blocks: Block[];
}

const headingPattern = /^(#{1,3})\s+(.+?)\s*#*\s*$/;
const itemPattern = /^( *)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const imagePattern = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;

export function parseMarkdown(text: string): Block[] {
  return parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
}

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    const heading = headingPattern.exec(trimmed);
    const image = imagePattern.exec(trimmed);
    if (trimmed === '') {
      index += 1;
    } else if (heading?.[1] && heading[2] && !line.startsWith(' ')) {
      const level = heading[1].length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]) });
      index += 1;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1] ?? '', source: image[2] ?? '' });
      index += 1;
    } else if (trimmed.startsWith('|')) {
      const end = runEnd(lines, index, (next) => next.trim().startsWith('|'));
      blocks.push(parseTable(lines.slice(index, end)));
      index = end;
    } else if (itemPattern.test(line)) {
      // A list runs until another kind of block, or a blank line not followed by more list.
      const end = runEnd(lines, index, (next, at) =>
        next.trim() === ''
          ? /^ +\S/.test(lines[at + 1] ?? '') || itemPattern.test(lines[at + 1] ?? '')
          : itemPattern.test(next) || next.startsWith(' ') || !startsBlock(next),
      );
      blocks.push(parseList(lines.slice(index, end)));
      index = end;
    } else {
      const end = runEnd(lines, index, (next) => next.trim() !== '' && !startsBlock(next));
      const text = lines.slice(index, end).map((part) => part.trim());
      blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
      index = end;
    }
  }
  return blocks;
}

/** The index after the run that starts at `start` and continues while `continues` holds. */
function runEnd(
  lines: string[],
  start: number,
  continues: (line: string, at: number) => boolean,
): number {
  let end = start + 1;
  while (end < lines.length && continues(lines[end] ?? '', end)) end += 1;
  return end;
}

function startsBlock(line: string): boolean {
  const trimmed = line.trim();
  return (
    headingPattern.test(trimmed) ||
    imagePattern.test(trimmed) ||
    trimmed.startsWith('|') ||
    itemPattern.test(line)
  );
}

/**
 * One list: items at the first item's indentation; what is indented further belongs to the item
 * above it (a continued line of its text, or a nested list).
 */
function parseList(lines: string[]): Block {
  const first = itemPattern.exec(lines[0] ?? '');
  const indent = first?.[1]?.length ?? 0;
  const ordered = /\d/.test(first?.[2] ?? '');
  const items: ListItem[] = [];
  let index = 0;
  while (index < lines.length) {
    const item = itemPattern.exec(lines[index] ?? '');
    const contentIndent = indent + (item?.[2]?.length ?? 0) + 1;
    const end = runEnd(lines, index, (next) => {
      const nextItem = itemPattern.exec(next);
      return !nextItem || (nextItem[1]?.length ?? 0) > indent;
    });
    const body = lines.slice(index + 1, end).map((line) => dedent(line, contentIndent));
    const nested = body.findIndex((line) => itemPattern.test(line));
    const ownLines = nested === -1 ? body : body.slice(0, nested);
    const text = [item?.[3] ?? '', ...ownLines].map((part) => part.trim()).filter(Boolean);
    items.push({
      content: parseInline(text.join(' ')),
      blocks: nested === -1 ? [] : parseBlocks(body.slice(nested)),
    });
    index = end;
  }
  return { kind: 'list', ordered, items };
}

function dedent(line: string, width: number): string {
  const spaces = /^ */.exec(line)?.[0].length ?? 0;
  return line.slice(Math.min(spaces, width));
}

function parseTable(lines: string[]): Block {
  const rows = lines
    .filter((line) => !/^\s*\|?[\s:|-]+\|?\s*$/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => parseInline(cell.trim())),
    );
  return { kind: 'table', header: rows[0] ?? [], rows: rows.slice(1) };
}

/**
 * `code`, **strong**, _em_ and *em*. An underscore or star inside a word (snake_case, 2*3) is
 * text, as is a marker without its closing partner.
 */
export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let plain = '';
  let index = 0;
  const flush = () => {
    if (plain) result.push({ kind: 'text', text: plain });
    plain = '';
  };
  while (index < text.length) {
    const rest = text.slice(index);
    const before = text[index - 1] ?? ' ';
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^\*\*(\S(?:.*?\S)?)\*\*/.exec(rest);
    const em = /^([_*])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/u.exec(rest);
    if (code?.[1]) {
      flush();
      result.push({ kind: 'code', text: code[1] });
      index += code[0].length;
    } else if (strong?.[1]) {
      flush();
      result.push({ kind: 'strong', children: parseInline(strong[1]) });
      index += strong[0].length;
    } else if (em?.[2] && !/[\p{L}\p{N}]/u.test(before)) {
      flush();
      result.push({ kind: 'em', children: parseInline(em[2]) });
      index += em[0].length;
    } else {
      plain += text[index];
      index += 1;
    }
  }
  flush();
  return result;
}
