import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type {
  AgendaPlacement,
  AttentionFlag,
  MeetingAgenda,
  NewItem,
  RunningItem,
} from '../../src-shared/domain/meeting';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { formatDate, goalStatusStyle, layoutTable, regionTitle } from './labels';
import { A4, pagedDocumentFrame, palette, sectionHeading, tintedBox, withHeading } from './style';
import { clean, formatHours, paragraphs } from './prose';
import { renderPdf } from './render';
import { fitText, textWidth, type FontWeight } from './text-fit';

/**
 * This organisation's contribution to the six-weekly regional meeting, sent to about eleven
 * organisations: who is in a running placement (how far the goals are, what needs the meeting's
 * attention), who was discussed and has no place yet, the open placements per employer, and room
 * for the agreements made. Names exactly as the
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
  attention: '#93470f',
};

export const MEETING = 'regionaal overleg werkervaringsplaatsen';

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
    height += textHeight(text, ITEM_WIDTH - 84, 9.5) + 2;
  }
  if (rows.length === 0) return null;
  return {
    content: {
      table: { widths: [10, 68, '*'], body: rows, dontBreakRows: true },
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

/** "Leerdoelen: 2 behaald, 1 in ontwikkeling, 1 open": progress without the goals' texts. */
function goalSummary(counts: RunningItem['goalCounts']): string {
  const total = counts.achieved + counts.inProgress + counts.open;
  if (total === 0) return 'Nog geen leerdoelen';
  return (
    `Leerdoelen: ${counts.achieved} behaald, ${counts.inProgress} in ontwikkeling, ` +
    `${counts.open} open`
  );
}

export const attentionLabels: Record<AttentionFlag, string> = {
  'end-passed': 'einddatum verstreken',
  'ends-soon': 'eindigt binnen 2 weken',
  'evaluation-late': 'evaluatie te laat',
};

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
  if (entry.attention.length > 0) {
    head.push({
      text: `Aandacht: ${entry.attention.map((flag) => attentionLabels[flag]).join(' · ')}`,
      bold: true,
      fontSize: 9.5,
      color: C.attention,
      margin: [0, 1, 0, 0],
    });
  }
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
    textHeight(name, ITEM_WIDTH, 11.5, 'bold') + textHeight(where, ITEM_WIDTH, 10) + 56 + height;
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

/** The places of one employer: its name, then a line per place. */
function employerPlacements(employer: string, places: readonly AgendaPlacement[]): Content {
  const lines: Content[] = places.map((place) => ({
    text: [
      { text: clean(place.role) || '—', color: C.dark },
      {
        text: [
          clean(place.location),
          place.hoursPerWeek === null ? '' : `${formatHours(place.hoursPerWeek)} per week`,
          place.availableFrom === null ? '' : `vanaf ${formatDate(place.availableFrom)}`,
        ]
          .filter((part) => part !== '')
          .map((part) => ` · ${part}`)
          .join(''),
        color: C.muted,
      },
    ],
    fontSize: 9.5,
    margin: [10, 2, 0, 0],
  }));
  const height = textHeight(employer, ITEM_WIDTH, 10.5, 'bold') + places.length * 14;
  return {
    // Short lists stay with their employer; a very long one may flow (never an empty page).
    unbreakable: height < KEEP_TOGETHER_BELOW,
    stack: [{ text: clean(employer) || '—', bold: true, fontSize: 10.5, color: C.dark }, ...lines],
    margin: [INDENT, 8, 0, 0],
  };
}

function placementSections(places: readonly AgendaPlacement[]): Content[] {
  const byEmployer = new Map<string, AgendaPlacement[]>();
  for (const place of places) {
    const list = byEmployer.get(place.employer) ?? [];
    list.push(place);
    byEmployer.set(place.employer, list);
  }
  return [...byEmployer].map(([employer, list]) => employerPlacements(employer, list));
}

/** Ruled rows to write the meeting's agreements in by hand. */
function agreementsTable(): Content {
  const rows = 8;
  const th = (text: string): TableCell => ({ text, bold: true, fontSize: 8.5, color: C.muted });
  return {
    table: {
      widths: ['*', 110, 80],
      heights: (row: number) => (row === 0 ? 14 : 26),
      body: [
        [th('Afspraak'), th('Wie'), th('Wanneer')],
        ...Array.from({ length: rows }, (): TableCell[] => [
          { text: '' },
          { text: '' },
          { text: '' },
        ]),
      ],
    },
    layout: {
      hLineWidth: (i) => (i === 0 ? 0 : i === 1 ? 0.8 : 0.5),
      hLineColor: (i) => (i === 1 ? C.accent : C.rule),
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 8),
      paddingRight: () => 0,
    },
    margin: [0, 6, 0, 0],
  };
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
  const organisation = clean(input.organisation) || 'Instap';
  const region = clean(input.region) === '' ? null : regionTitle(clean(input.region));
  const day = meetingDay(agenda.meetingDate);
  const running = agenda.running.length;
  const attention = agenda.running.filter((entry) => entry.attention.length > 0).length;
  const waiting = agenda.newCandidates.length;
  const places = agenda.openPlacements.length;
  const employers = new Set(agenda.openPlacements.map((place) => place.employer)).size;
  const summary = [
    `${running} ${running === 1 ? 'kandidaat' : 'kandidaten'} in een lopend traject` +
      (attention > 0 ? `, ${attention} ${attention === 1 ? 'vraagt' : 'vragen'} aandacht` : ''),
    `${waiting} besproken, nog geen plek`,
    `${places} ${places === 1 ? 'openstaande plek' : 'openstaande plekken'}` +
      (employers > 0 ? ` bij ${employers} ${employers === 1 ? 'werkgever' : 'werkgevers'}` : ''),
  ].join(' · ');
  const title = `Inbreng ${organisation}`;

  const content: Content[] = [
    {
      columns: [
        {
          text: fitText(region ?? organisation, WIDTH * 0.6, 10, 'bold'),
          bold: true,
          color: C.accent,
          width: '*',
        },
        { text: 'Vertrouwelijk', color: C.muted, alignment: 'right', width: 'auto' },
      ],
      fontSize: 10,
    },
    {
      // This organisation's contribution: every organisation brings its own to the meeting.
      text: title,
      fontSize: Math.max(14, Math.min(22, (22 * WIDTH) / textWidth(title, 22, 'bold'))),
      bold: true,
      color: C.dark,
      margin: [0, 6, 0, 0],
    },
    { text: `voor het ${MEETING}`, fontSize: 13, color: C.muted, margin: [0, 0, 0, 8] },
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
  ];
  // Each section's heading goes with its first item (or its "none" line) onto a page.
  const section = (heading: Content, blocks: Content[], empty: string) =>
    content.push(...withHeading(heading, blocks.length === 0 ? [none(empty)] : blocks));
  section(
    sectionHeading(1, 'Lopende trajecten', WIDTH, `(${running})`),
    agenda.running.flatMap((entry, index) => runningItem(entry, index)),
    'Niemand in een lopend traject op deze datum.',
  );
  section(
    sectionHeading(2, 'Besproken, nog geen plek', WIDTH, `(${waiting})`),
    agenda.newCandidates.flatMap((entry, index) => newItem(entry, index)),
    'Niemand besproken in de drie maanden voor deze datum die nog op een plek wacht.',
  );
  section(
    sectionHeading(3, 'Openstaande plekken', WIDTH, `(${places})`),
    placementSections(agenda.openPlacements),
    'Geen openstaande plekken vastgelegd bij de werkgevers.',
  );
  section(sectionHeading(4, 'Afspraken', WIDTH), [agreementsTable()], '');

  const date = formatDate(agenda.meetingDate);
  return {
    ...pagedDocumentFrame({
      margin: MARGIN,
      title: `${title}, ${MEETING} ${date}`,
      author: organisation,
      version,
      header: { left: [region, title].filter(Boolean).join(' · '), right: `Overleg van ${date}` },
      footer: { left: `${title} · overleg van ${date} · vertrouwelijk` },
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
