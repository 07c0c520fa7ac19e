import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MeetingAgenda, NewItem, RunningItem } from '../../src-shared/domain/meeting';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { formatDate, goalStatusStyle, layoutTable, regionTitle } from './labels';
import { A4, pagedDocumentFrame, palette, sectionHeading, tintedBox } from './style';
import { clean, formatHours, paragraphs } from './prose';
import { renderPdf } from './render';
import { fitText, textWidth, type FontWeight } from './text-fit';

/**
 * The printable agenda of the six-weekly regional meeting, sent to about eleven organisations:
 * who is in a running placement (how far the goals are) and who is new. Names exactly as the
 * renderer gave them: it already reduced people without consent to initials. The request has no
 * place for evaluation or coaching notes; the only free text is motivation, goals and the line
 * "voor het overleg", which the renderer gives for named candidates only.
 */

const MARGIN = { left: 52, right: 52, top: 60, bottom: 62 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Items are indented past their number. */
const INDENT = 30;
const ITEM_WIDTH = WIDTH - INDENT;

const C = {
  ...palette,
};

export const AGENDA_TITLE = 'Agenda regionaal overleg werkervaringsplaatsen';

/** "maandag 23 november 2026" */
function meetingDay(date: string): string {
  return format(parseISO(date), 'EEEE d MMMM yyyy', { locale: nl });
}

// ---------------------------------------------------------------------------------------------
// Keeping an item on one page: pdfmake keeps only the first page of an unbreakable block that is
// taller than a page, so only items estimated well below a page are kept together.

const KEEP_TOGETHER_BELOW = 340;

function textHeight(text: string, width: number, size: number, weight: FontWeight = 'normal') {
  // Word wrapping wastes some of each line; 0.85 errs towards more lines.
  const lines = Math.max(1, Math.ceil(textWidth(text, size, weight) / (width * 0.85)));
  return lines * size * 1.35;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

function none(text: string): Content {
  return { text, italics: true, color: C.muted, margin: [INDENT, 8, 0, 0] };
}

/** Number in the margin, then the item; a hairline above all but the first. */
function item(
  label: string,
  head: Content[],
  rest: Content[],
  estimate: number,
  first: boolean,
): Content[] {
  const top: Content = {
    columns: [
      { text: label, width: INDENT, color: C.accent, bold: true, fontSize: 10.5 },
      { stack: head, width: ITEM_WIDTH },
    ],
    columnGap: 0,
  };
  const separator: Content[] = first
    ? []
    : [
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: WIDTH, y2: 0, lineWidth: 0.5, lineColor: C.rule },
          ],
          margin: [0, 0, 0, 8],
        },
      ];
  const body: Content[] = [top, ...rest.map((part) => indent(part))];
  if (estimate < KEEP_TOGETHER_BELOW) {
    return [{ unbreakable: true, stack: [...separator, ...body], margin: [0, 8, 0, 0] }];
  }
  // Too tall to keep together: keep at least the head together and let the rest flow.
  return [
    { unbreakable: true, stack: [...separator, top], margin: [0, 8, 0, 0] },
    ...body.slice(1),
  ];
}

function indent(content: Content): Content {
  return {
    columns: [
      { text: '', width: INDENT },
      { stack: [content], width: ITEM_WIDTH },
    ],
  };
}

/** A part of an item below its head, with its estimated height. */
interface Block {
  content: Content;
  height: number;
}

/** The blocks that exist, and their height together. */
function stacked(blocks: readonly (Block | null)[]): { rest: Content[]; height: number } {
  const present = blocks.filter((block) => block !== null);
  return {
    rest: present.map((block) => block.content),
    height: present.reduce((sum, block) => sum + block.height, 0),
  };
}

function goalRows(goals: RunningItem['goals']): Block | null {
  const rows: TableCell[][] = [];
  let height = 0;
  for (const goal of goals) {
    const text = clean(goal.text);
    if (text === '') continue;
    const status = goalStatusStyle[goal.status];
    rows.push([
      {
        canvas: [{ type: 'ellipse', x: 3, y: 3, r1: 2.6, r2: 2.6, color: status.colour }],
        margin: [0, 3.4, 0, 0],
      },
      {
        text: status.label,
        bold: true,
        fontSize: 8.5,
        color: status.colour,
        margin: [0, 0.8, 0, 0],
      },
      { text, fontSize: 9.5 },
    ]);
    height += textHeight(text, ITEM_WIDTH - 62, 9.5) + 2;
  }
  if (rows.length === 0) return null;
  return {
    content: {
      table: { widths: [10, 46, '*'], body: rows, dontBreakRows: true },
      layout: { ...layoutTable, paddingBottom: () => 2 },
      margin: [0, 5, 0, 0],
    },
    height: height + 5,
  };
}

function notesBlock(text: string | null, label: string): Block | null {
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  return {
    content: {
      stack: parts.map((paragraph, index) => ({
        text:
          index === 0 ? [{ text: `${label}: `, bold: true, color: C.muted }, paragraph] : paragraph,
        margin: [0, index === 0 ? 0 : 3, 0, 0],
      })),
      fontSize: 9.5,
      color: C.text,
      lineHeight: 1.2,
      margin: [0, 4, 0, 0],
    },
    height: parts.reduce((sum, part) => sum + textHeight(part, ITEM_WIDTH, 9.5) + 3, 4),
  };
}

const MEETING_LINE_LABEL = 'Voor het overleg';

/** "Leerdoelen: 2 behaald, 1 bezig, 1 open": progress without the goals' texts. */
function goalSummary(counts: RunningItem['goalCounts']): string {
  const total = counts.achieved + counts.inProgress + counts.open;
  if (total === 0) return 'Nog geen leerdoelen';
  return `Leerdoelen: ${counts.achieved} behaald, ${counts.inProgress} bezig, ${counts.open} open`;
}

function runningItem(entry: RunningItem, index: number): Content[] {
  const name = clean(entry.displayName) || '—';
  const where = [clean(entry.employer), clean(entry.role)].filter(Boolean).join(' · ');
  const period =
    entry.plannedEndOn === null
      ? `Gestart op ${formatDate(entry.startedOn)}`
      : `Gestart op ${formatDate(entry.startedOn)}, gepland tot ${formatDate(entry.plannedEndOn)}`;
  const evaluation = entry.latestEvaluationOn
    ? `laatste evaluatie ${formatDate(entry.latestEvaluationOn)}`
    : 'nog geen evaluatie';
  const head: Content[] = [{ text: name, bold: true, fontSize: 11.5, color: C.dark }];
  if (where !== '') head.push({ text: where, fontSize: 10, color: C.text, margin: [0, 1, 0, 0] });
  head.push(
    { text: `${period} · ${evaluation}`, fontSize: 9, color: C.muted, margin: [0, 2, 0, 0] },
    { text: goalSummary(entry.goalCounts), fontSize: 9, color: C.muted, margin: [0, 1, 0, 0] },
  );

  const { rest, height } = stacked([
    notesBlock(entry.meetingLine, MEETING_LINE_LABEL),
    goalRows(entry.goals),
  ]);
  const estimate =
    textHeight(name, ITEM_WIDTH, 11.5, 'bold') + textHeight(where, ITEM_WIDTH, 10) + 42 + height;
  return item(`1.${index + 1}`, head, rest, estimate, index === 0);
}

function newItem(entry: NewItem, index: number): Content[] {
  const name = clean(entry.displayName) || '—';
  const facts = [
    entry.discussedOn === null ? null : `Besproken op ${formatDate(entry.discussedOn)}`,
    entry.hoursAvailable === null
      ? null
      : `${formatHours(entry.hoursAvailable)} per week beschikbaar`,
  ].filter((fact) => fact !== null);
  const head: Content[] = [{ text: name, bold: true, fontSize: 11.5, color: C.dark }];
  if (facts.length > 0) {
    head.push({ text: facts.join(' · '), fontSize: 9, color: C.muted, margin: [0, 2, 0, 0] });
  }
  const { rest, height } = stacked([
    notesBlock(entry.motivation, 'Motivatie'),
    notesBlock(entry.meetingLine, MEETING_LINE_LABEL),
  ]);
  const estimate = textHeight(name, ITEM_WIDTH, 11.5, 'bold') + 24 + height;
  return item(`2.${index + 1}`, head, rest, estimate, index === 0);
}

// ---------------------------------------------------------------------------------------------
// The document

export interface AgendaInput {
  organisation: string;
  region: string | null;
  agenda: MeetingAgenda;
}

export function meetingAgendaDocument(input: AgendaInput, version: string): TDocumentDefinitions {
  const { agenda } = input;
  const organisation = clean(input.organisation);
  const region = clean(input.region) === '' ? null : regionTitle(clean(input.region));
  const place = region ?? organisation;
  const day = meetingDay(agenda.meetingDate);
  const running = agenda.running.length;
  const fresh = agenda.newCandidates.length;
  const summary = [
    `${running} ${running === 1 ? 'kandidaat' : 'kandidaten'} in een lopend traject`,
    `${fresh} ${fresh === 1 ? 'nieuwe kandidaat' : 'nieuwe kandidaten'}`,
  ].join(' · ');

  const content: Content[] = [
    {
      columns: [
        { text: fitText(place, WIDTH / 2, 10, 'bold'), bold: true, color: C.accent, width: '*' },
        {
          text: region === null ? '' : fitText(organisation, WIDTH / 2, 10),
          color: C.muted,
          alignment: 'right',
          width: 'auto',
        },
      ],
      fontSize: 10,
    },
    {
      text: 'Agenda regionaal overleg',
      fontSize: 22,
      bold: true,
      color: C.dark,
      margin: [0, 6, 0, 0],
    },
    { text: 'werkervaringsplaatsen', fontSize: 13, color: C.muted, margin: [0, 0, 0, 8] },
    tintedBox({
      stack: [
        { text: `Overleg van ${day}`, bold: true, fontSize: 11, color: C.dark },
        { text: summary, fontSize: 9.5, color: C.text, margin: [0, 2, 0, 0] },
        {
          text:
            'Evaluatie- en begeleidingsnotities staan nooit op deze agenda. Kandidaten ' +
            'zonder vastgelegde toestemming staan er alleen met initialen op, zonder ' +
            'leerdoelen, motivatie of regel voor het overleg.',
          fontSize: 8.5,
          color: C.muted,
          margin: [0, 4, 0, 0],
        },
      ],
    }),
    sectionHeading(1, 'Lopende trajecten', WIDTH, `(${running})`),
  ];
  if (running === 0) content.push(none('Niemand in een lopend traject op deze datum.'));
  agenda.running.forEach((entry, index) => content.push(...runningItem(entry, index)));
  content.push(sectionHeading(2, 'Nieuwe kandidaten', WIDTH, `(${fresh})`));
  if (fresh === 0) {
    content.push(none('Geen nieuwe kandidaten besproken in de drie maanden voor deze datum.'));
  }
  agenda.newCandidates.forEach((entry, index) => content.push(...newItem(entry, index)));

  return {
    ...pagedDocumentFrame({
      margin: MARGIN,
      title: `${AGENDA_TITLE} ${formatDate(agenda.meetingDate)}`,
      author: organisation || 'Instap',
      version,
      header: {
        left: [region, organisation].filter(Boolean).join(' · '),
        right: `Overleg van ${formatDate(agenda.meetingDate)}`,
      },
      footer: { left: `${AGENDA_TITLE} · ${formatDate(agenda.meetingDate)} · vertrouwelijk` },
    }),
    content,
  };
}

/** `agenda-overleg-2026-11-23.pdf` */
export function meetingAgendaFileName(agenda: MeetingAgenda): string {
  return `agenda-overleg-${agenda.meetingDate}.pdf`;
}

export async function makeMeetingAgenda(input: AgendaInput, version: string): Promise<PdfFile> {
  return {
    bytes: await renderPdf(meetingAgendaDocument(input, version)),
    fileName: meetingAgendaFileName(input.agenda),
  };
}
