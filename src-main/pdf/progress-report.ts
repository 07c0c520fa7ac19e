import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { GoalStatus } from '../../src-shared/domain/codes';
import {
  coachingKinds,
  type CoachingKind,
  type ProgressReport,
  type ReportKind,
} from '../../src-shared/domain/coaching';
import type { ApprovalAgency } from '../../src-shared/domain/benefit-approval';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { formatDate, goalStatusStyle, kindLabels, layoutTable } from './labels';
import {
  A4,
  confidentialTitle,
  pagedDocumentFrame,
  palette,
  sectionHeading,
  withHeading,
} from './style';
import { clean, formatHours, paragraphs } from './prose';
import { renderPdf } from './render';
import { fitText } from './text-fit';

/**
 * The progress report (voortgangsrapportage) for the municipality or UWV over a chosen period,
 * interim or final: to whom (the benefit approval's agency, office, consultant and file number,
 * never a BSN), who and where, the learning goals and their progress over the evaluations in the
 * period, the build-up steps reached, attendance if recorded, the coaching contacts and hours,
 * problems and agreements, a structured prognosis, the coach's conclusion and next steps, and
 * signatures of coach, workplace supervisor and candidate. The request has no place for internal
 * notes: the renderer left them out.
 */

const MARGIN = { left: 56, right: 56, top: 58, bottom: 64 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;

const C = {
  ...palette,
  zebra: '#f6f8f9',
};

export const REPORT_TITLE = 'Voortgangsrapportage';

export const reportKindLabels: Record<ReportKind, string> = {
  interim: 'Tussentijdse rapportage',
  final: 'Eindrapportage',
};

const agencyLabels: Record<ApprovalAgency, string> = { municipality: 'Gemeente', uwv: 'UWV' };

const expectationLabels: Record<ProgressReport['prognosis']['paidWorkExpected'], string> = {
  yes: 'Ja',
  no: 'Nee',
  unknown: 'Nog niet te zeggen',
};

export const coachingKindLabels: Record<CoachingKind, string> = {
  'work-floor': 'Gesprek op de werkvloer',
  phone: 'Telefonisch',
  'three-way': 'Driegesprek met werkgever',
  authority: 'Overleg met gemeente/UWV',
  other: 'Overig',
};

/** Rows with a hairline between them and a ruled header. */
const ruled: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 1 ? 0.8 : i === 0 || i === node.table.body.length ? 0 : 0.4),
  hLineColor: (i) => (i === 1 ? C.accent : C.rule),
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** "45 min", "1 uur", "2 uur 15 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`;
}

/** "2 uur 15 min (2,3 uur)" for totals a reader adds up. */
function formatTotal(minutes: number): string {
  if (minutes < 60 || minutes % 60 === 0) return formatMinutes(minutes);
  return `${formatMinutes(minutes)} (${formatHours(minutes / 60)})`;
}

function none(text: string): Content {
  return { text, italics: true, color: C.muted, fontSize: 9.5 };
}

function dot(colour: string, filled = true): Content {
  return {
    canvas: [
      filled
        ? { type: 'ellipse', x: 3.5, y: 3.5, r1: 3, r2: 3, color: colour }
        : {
            type: 'ellipse',
            x: 3.5,
            y: 3.5,
            r1: 2.6,
            r2: 2.6,
            lineColor: colour,
            lineWidth: 0.9,
          },
    ],
    width: 8,
    margin: [0, 3, 0, 0],
  } as Content;
}

function statusText(status: GoalStatus | null): Content {
  if (status === null) return { text: '—', color: C.soft, fontSize: 9 };
  const { label, colour } = goalStatusStyle[status];
  return {
    columns: [dot(colour), { text: label, bold: true, color: colour, fontSize: 9, width: '*' }],
    columnGap: 5,
  };
}

/** Label and value rows in two columns of a letter head. */
function labelled(rows: readonly [string, string][]): Content {
  return {
    table: {
      widths: [78, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: C.muted, fontSize: 9 },
        { text: value, color: C.dark, fontSize: 9.5 },
      ]),
    },
    layout: { ...layoutTable, paddingBottom: () => 3 },
  };
}

/** "UWV · Zwolle", "Gemeente · Kampen"; an office that names its agency itself stands alone. */
function addresseeName(agency: ApprovalAgency, office: string): string {
  const label = agencyLabels[agency];
  if (office === '') return label;
  return office.toLocaleLowerCase('nl').startsWith(label.toLocaleLowerCase('nl'))
    ? office
    : `${label} · ${office}`;
}

/** "Aan" (the benefit agency, from the approval) beside "Van" (the organisation and coach). */
function addressBlock(report: ProgressReport): Content {
  const to = report.addressee;
  const toRows: [string, string][] =
    to === null
      ? [['Aan', 'Gemeente of UWV (geen toestemming uitkeringsinstantie vastgelegd)']]
      : [
          ['Aan', addresseeName(to.agency, clean(to.office))],
          ...(clean(to.consultant)
            ? ([['T.a.v.', clean(to.consultant)]] as [string, string][])
            : []),
          ...(clean(to.fileNumber)
            ? ([['Dossiernummer', clean(to.fileNumber)]] as [string, string][])
            : []),
        ];
  const fromRows: [string, string][] = [
    ['Van', clean(report.organisation) || '—'],
    ['Werkcoach', clean(report.coach) || '—'],
    ['Datum', formatDate(report.madeOn)],
  ];
  return {
    columns: [labelled(toRows), labelled(fromRows)],
    columnGap: 18,
    margin: [0, 0, 0, 10],
  };
}

function facts(report: ProgressReport): Content {
  const { trajectory, candidate } = report;
  const kind = kindLabels[trajectory.kind];
  const placement = [kind, clean(trajectory.role)].filter(Boolean).join(' · ');
  const where = [clean(trajectory.employer), clean(trajectory.location)].filter(Boolean).join(', ');
  const end = trajectory.endedOn
    ? `tot ${formatDate(trajectory.endedOn)} (beëindigd)`
    : trajectory.plannedEndOn
      ? `gepland tot ${formatDate(trajectory.plannedEndOn)}`
      : 'einde nog niet gepland';
  const rows: [string, string][] = [
    ['Kandidaat', clean(candidate.fullName) || '—'],
    ...(candidate.birthDate
      ? ([['Geboortedatum', formatDate(candidate.birthDate)]] as [string, string][])
      : []),
    ['Traject', placement],
    ['Werkgever', where || '—'],
    ['Praktijkbegeleider', clean(trajectory.workplaceSupervisor) || '—'],
    ['Looptijd', `Gestart op ${formatDate(trajectory.startedOn)}, ${end}`],
    [
      'Uren per week',
      trajectory.hoursPerWeek === null ? '—' : formatHours(trajectory.hoursPerWeek),
    ],
  ];
  const half = Math.ceil(rows.length / 2);
  const column = (part: [string, string][]): Content => ({
    table: {
      widths: [92, '*'],
      body: part.map(([label, value]) => [
        { text: label, color: C.muted, fontSize: 9 },
        { text: value, color: C.dark, fontSize: 9.5 },
      ]),
    },
    layout: { ...layoutTable, paddingBottom: () => 4 },
  });
  return {
    table: {
      widths: ['*'],
      body: [[{ columns: [column(rows.slice(0, half)), column(rows.slice(half))], columnGap: 18 }]],
    },
    layout: {
      ...layoutTable,
      fillColor: () => C.tint,
      paddingLeft: () => 12,
      paddingRight: () => 12,
      paddingTop: () => 10,
      paddingBottom: () => 6,
    },
  };
}

/** Goals achieved in the period: achieved at its end and not yet before it. */
function achievedInPeriod(report: ProgressReport): number {
  return report.goals.filter((g) => g.status === 'achieved' && g.statusBefore !== 'achieved')
    .length;
}

/** "94%": hours worked of hours agreed; null when nothing was agreed. */
function workedShare(attendance: NonNullable<ProgressReport['attendance']>): string | null {
  if (attendance.hoursAgreed <= 0) return null;
  return `${Math.round((attendance.hoursWorked / attendance.hoursAgreed) * 100)}%`;
}

function summaryLine(report: ProgressReport): Content {
  const minutes = report.contacts.reduce((sum, contact) => sum + contact.minutes, 0);
  const contacts = report.contacts.length;
  const evaluations = report.evaluationDates.length;
  const achieved = report.goals.filter((goal) => goal.status === 'achieved').length;
  const cells: [string, string][] = [
    [
      formatTotal(minutes),
      `begeleiding in ${contacts} ${contacts === 1 ? 'contact' : 'contacten'}`,
    ],
    [
      String(evaluations),
      evaluations === 1 ? 'evaluatie in de periode' : 'evaluaties in de periode',
    ],
    [
      `${achievedInPeriod(report)} van ${report.goals.length}`,
      `leerdoelen bereikt in deze periode (${achieved} behaald in totaal)`,
    ],
  ];
  const share = report.attendance === null ? null : workedShare(report.attendance);
  if (share !== null) cells.push([share, 'van de afgesproken uren gewerkt']);
  return {
    columns: cells.map(([value, label]) => ({
      stack: [
        { text: value, fontSize: 15, bold: true, color: C.accent },
        { text: label, fontSize: 8.5, color: C.muted, margin: [0, 1, 0, 0] },
      ],
      width: '*',
    })),
    columnGap: 12,
    margin: [0, 12, 0, 0],
  };
}

/** Attendance as recorded per week: hours and days, never a reason (that could be medical). */
function attendanceSection(attendance: NonNullable<ProgressReport['attendance']>): Content {
  const share = workedShare(attendance);
  const weeks = `${attendance.weeks} ${attendance.weeks === 1 ? 'geregistreerde week' : 'geregistreerde weken'}`;
  return {
    text:
      `In ${weeks} van de periode: ${formatHours(attendance.hoursWorked)} gewerkt van ` +
      `${formatHours(attendance.hoursAgreed)} afgesproken${share === null ? '' : ` (${share})`}; ` +
      `${attendance.daysAbsent} ${attendance.daysAbsent === 1 ? 'dag' : 'dagen'} afwezig.`,
    fontSize: 10,
    color: C.text,
  };
}

/** Paid work expected? When, what and how many hours, each on its own line. */
function prognosisSection(prognosis: ProgressReport['prognosis']): Content {
  const rows: [string, string][] = [
    ['Betaald werk verwacht', expectationLabels[prognosis.paidWorkExpected]],
  ];
  if (prognosis.paidWorkExpected !== 'no') {
    if (prognosis.expectedFrom) rows.push(['Vanaf', formatDate(prognosis.expectedFrom)]);
    if (clean(prognosis.expectedWork)) rows.push(['Werk', clean(prognosis.expectedWork)]);
    if (prognosis.expectedHours !== null) {
      rows.push(['Uren per week', formatHours(prognosis.expectedHours)]);
    }
  }
  return {
    table: {
      widths: [140, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: C.muted, fontSize: 9.5 },
        { text: value, color: C.dark, fontSize: 10, bold: label === 'Betaald werk verwacht' },
      ]),
    },
    layout: { ...layoutTable, paddingBottom: () => 4 },
  };
}

function goalsSection(report: ProgressReport): Content[] {
  if (report.goals.length === 0) return [none('Er zijn geen leerdoelen vastgelegd.')];
  const header: TableCell[] = [
    { text: 'Leerdoel', style: 'th' },
    { text: 'Begin periode', style: 'th' },
    { text: 'Eind periode', style: 'th' },
  ];
  const body: TableCell[][] = [header];
  report.goals.forEach((goal, index) => {
    const remarks: Content[] = goal.evaluations.map((evaluation) => ({
      text: [
        { text: `${formatDate(evaluation.date)}: `, color: C.muted },
        { text: goalStatusStyle[evaluation.status].label.toLowerCase(), color: C.text },
        ...(clean(evaluation.remark)
          ? [{ text: ` — ${clean(evaluation.remark)}`, color: C.text }]
          : []),
      ],
      fontSize: 8.5,
      margin: [0, 2, 0, 0],
    }));
    body.push([
      {
        stack: [
          { text: `${index + 1}. ${clean(goal.text)}`, fontSize: 9.5, color: C.dark },
          ...remarks,
        ],
      },
      statusText(goal.statusBefore),
      statusText(goal.status),
    ]);
  });
  return [
    {
      table: { headerRows: 1, widths: ['*', 78, 78], body, dontBreakRows: true },
      layout: ruled,
    },
    {
      text:
        report.evaluationDates.length === 0
          ? 'In deze periode is geen evaluatie gehouden; de stand is die van de laatste evaluatie ervoor.'
          : `Evaluaties in de periode: ${report.evaluationDates.map(formatDate).join(', ')}. ` +
            '"Begin periode" is de stand na de laatste evaluatie vóór de periode.',
      fontSize: 8,
      color: C.muted,
      margin: [0, 5, 0, 0],
    },
  ];
}

function stepsSection(report: ProgressReport): Content[] {
  if (report.steps.length === 0) return [none('Er is geen opbouwprogramma vastgelegd.')];
  const inPeriod = (date: string | null) =>
    date !== null && date >= report.period.from && date <= report.period.to;
  const rows: TableCell[][] = report.steps.map((step) => {
    const reached = step.reachedOn !== null;
    return [
      dot(reached ? C.accent : C.soft, reached),
      {
        text: clean(step.text),
        fontSize: 9.5,
        color: reached ? C.dark : C.muted,
      },
      {
        text: reached
          ? inPeriod(step.reachedOn)
            ? `bereikt in deze periode, ${formatDate(step.reachedOn as string)}`
            : `bereikt ${formatDate(step.reachedOn as string)}`
          : 'nog niet bereikt',
        fontSize: 8.5,
        color: inPeriod(step.reachedOn) ? C.accent : C.muted,
        bold: inPeriod(step.reachedOn),
        alignment: 'right',
      },
    ];
  });
  return [
    {
      table: { widths: [10, '*', 165], body: rows, dontBreakRows: true },
      layout: { ...layoutTable, paddingBottom: () => 5, paddingRight: () => 6 },
    },
  ];
}

function contactsSection(report: ProgressReport): Content[] {
  if (report.contacts.length === 0) {
    return [
      none('In deze periode zijn geen begeleidingscontacten vastgelegd.'),
      {
        text: `Totaal sinds de start: ${formatTotal(report.minutesSinceStart)}.`,
        fontSize: 9,
        margin: [0, 4, 0, 0],
      },
    ];
  }
  const perKind = new Map<CoachingKind, { count: number; minutes: number }>();
  for (const kind of coachingKinds) {
    if (report.contacts.some((contact) => contact.kind === kind)) {
      perKind.set(kind, { count: 0, minutes: 0 });
    }
  }
  for (const contact of report.contacts) {
    const current = perKind.get(contact.kind) ?? { count: 0, minutes: 0 };
    perKind.set(contact.kind, {
      count: current.count + 1,
      minutes: current.minutes + contact.minutes,
    });
  }
  const total = report.contacts.reduce((sum, contact) => sum + contact.minutes, 0);
  const kindRows: TableCell[][] = [
    [
      { text: 'Soort contact', style: 'th' },
      { text: 'Aantal', style: 'th', alignment: 'right' },
      { text: 'Tijd', style: 'th', alignment: 'right' },
    ],
    ...[...perKind].map(([kind, value]): TableCell[] => [
      { text: coachingKindLabels[kind], fontSize: 9.5 },
      { text: String(value.count), fontSize: 9.5, alignment: 'right' },
      { text: formatMinutes(value.minutes), fontSize: 9.5, alignment: 'right' },
    ]),
    [
      { text: 'Totaal in de periode', bold: true, fontSize: 9.5 },
      { text: String(report.contacts.length), bold: true, fontSize: 9.5, alignment: 'right' },
      { text: formatTotal(total), bold: true, fontSize: 9.5, alignment: 'right' },
    ],
  ];
  const sorted = [...report.contacts].sort((a, b) => a.date.localeCompare(b.date));
  const contactRows: TableCell[][] = [
    [
      { text: 'Datum', style: 'th' },
      { text: 'Soort', style: 'th' },
      { text: 'Duur', style: 'th', alignment: 'right' },
      { text: 'Onderwerp', style: 'th' },
    ],
    ...sorted.map((contact): TableCell[] => {
      const note = clean(contact.note);
      const goal = clean(contact.goal);
      const about: Content[] = [];
      if (goal) about.push({ text: `Leerdoel: ${goal}`, color: C.muted, fontSize: 8.5 });
      if (note) about.push({ text: note, fontSize: 9 });
      return [
        { text: formatDate(contact.date), fontSize: 9, noWrap: true },
        { text: coachingKindLabels[contact.kind], fontSize: 9 },
        { text: formatMinutes(contact.minutes), fontSize: 9, alignment: 'right', noWrap: true },
        about.length === 0 ? { text: '—', color: C.soft, fontSize: 9 } : { stack: about },
      ];
    }),
  ];
  return [
    {
      table: { headerRows: 1, widths: ['*', 60, 110], body: kindRows, dontBreakRows: true },
      layout: ruled,
      unbreakable: true,
    },
    {
      text: `Totaal sinds de start van het traject: ${formatTotal(report.minutesSinceStart)}.`,
      fontSize: 8.5,
      color: C.muted,
      margin: [0, 5, 0, 0],
    },
    {
      text: 'Contacten in de periode',
      fontSize: 10.5,
      bold: true,
      color: C.dark,
      margin: [0, 12, 0, 4],
    },
    {
      table: {
        headerRows: 1,
        widths: [92, 118, 58, '*'],
        body: contactRows,
        dontBreakRows: true,
      },
      layout: ruled,
    },
  ];
}

/** "Knelpunten: …" as the start of its first paragraph, so the label never ends a page alone. */
function labelledProse(label: string, text: string, empty: string): Content {
  const [first, ...rest] = paragraphs(text);
  const lead = { text: `${label}: `, bold: true, color: C.dark };
  return {
    stack: [
      first === undefined
        ? { text: [lead, { text: empty, italics: true, color: C.muted }] }
        : { text: [lead, first] },
      ...rest.map((part) => ({
        text: part,
        margin: [0, 5, 0, 0] as [number, number, number, number],
      })),
    ],
    fontSize: 10,
    lineHeight: 1.25,
    color: C.text,
    margin: [0, 0, 0, 8],
  };
}

function prose(text: string, empty: string): Content {
  const parts = paragraphs(text);
  if (parts.length === 0) return none(empty);
  return {
    stack: parts.map((part, index) => ({ text: part, margin: [0, index === 0 ? 0 : 5, 0, 0] })),
    fontSize: 10,
    lineHeight: 1.25,
    color: C.text,
  };
}

/** Coach, workplace supervisor and candidate, each with a line to sign on. */
function signatureBlock(report: ProgressReport): Content {
  const place = clean(report.place);
  const dated = `${place ? `${place}, ` : ''}${formatDate(report.madeOn)}`;
  const lineWidth = (WIDTH - 2 * 24) / 3;
  const block = (role: string, name: string, extra: string | null): Content =>
    ({
      stack: [
        { text: role, fontSize: 8.5, color: C.muted },
        {
          text: fitText(name, lineWidth, 10, 'bold') || ' ',
          fontSize: 10,
          bold: true,
          color: C.dark,
          margin: [0, 2, 0, 0],
        },
        { text: extra ? fitText(extra, lineWidth, 9) : ' ', fontSize: 9, color: C.text },
        { text: ' ', margin: [0, 26, 0, 0] },
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: lineWidth,
              y2: 0,
              lineWidth: 0.6,
              lineColor: C.muted,
            },
          ],
        },
        { text: 'Handtekening', fontSize: 8, color: C.soft, margin: [0, 2, 0, 0] },
      ],
      width: '*',
    }) as Content;
  const { trajectory } = report;
  return {
    unbreakable: true,
    stack: [
      { text: dated, fontSize: 9.5, color: C.text, margin: [0, 0, 0, 10] },
      {
        columns: [
          block('Werkcoach', clean(report.coach), clean(report.organisation) || null),
          block(
            'Praktijkbegeleider',
            clean(trajectory.workplaceSupervisor),
            clean(trajectory.employer) || null,
          ),
          block('Voor gezien, kandidaat', clean(report.candidate.fullName), null),
        ],
        columnGap: 24,
      },
    ],
    margin: [0, 24, 0, 0],
  };
}

export function progressReportDocument(
  report: ProgressReport,
  version: string,
): TDocumentDefinitions {
  const organisation = clean(report.organisation) || 'Instap';
  const name = clean(report.candidate.fullName) || '—';
  const period = `${formatDate(report.period.from)} – ${formatDate(report.period.to)}`;
  const kind = reportKindLabels[report.kind];
  let number = 0;
  // A heading flows with its section (keepHeadingsWithNext moves it on when it would stand alone);
  // a section that opens with an unbreakable block (`keep`) takes the heading into that block.
  const section = (
    title: string,
    blocks: Content[],
    options: { suffix?: string; keep?: boolean } = {},
  ): Content[] => {
    const heading = sectionHeading(++number, title, WIDTH, options.suffix);
    return options.keep ? withHeading(heading, blocks) : [heading, ...blocks];
  };
  const content: Content[] = [
    ...confidentialTitle({
      organisation,
      title: `${REPORT_TITLE} · ${kind.toLowerCase()}`,
      subtitle: `${fitText(name, WIDTH * 0.55, 13)} · ${period}`,
      width: WIDTH,
    }),
    addressBlock(report),
    facts(report),
    summaryLine(report),
    ...section('Leerdoelen en voortgang', goalsSection(report)),
    ...section('Opbouwprogramma', stepsSection(report)),
    ...(report.attendance === null
      ? []
      : section('Aanwezigheid', [attendanceSection(report.attendance)])),
    ...section('Begeleiding', contactsSection(report), { suffix: `(${period})`, keep: true }),
    ...section('Knelpunten en afspraken', [
      labelledProse('Knelpunten', report.problems, 'Geen knelpunten genoemd.'),
      labelledProse('Afspraken', report.agreements, 'Geen afspraken vastgelegd.'),
    ]),
    ...section('Prognose', [prognosisSection(report.prognosis)]),
    ...section('Conclusie van de werkcoach', [
      prose(report.conclusion, 'Geen conclusie ingevuld.'),
    ]),
    ...section('Vervolgstappen', [prose(report.nextSteps, 'Geen vervolgstappen ingevuld.')]),
    signatureBlock(report),
  ];
  return {
    ...pagedDocumentFrame({
      margin: MARGIN,
      title: `${REPORT_TITLE} ${name} ${period}`,
      author: organisation,
      version,
      header: { left: `${REPORT_TITLE} · ${name}`, right: period },
      footer: {
        left: `${kind} · ${name} · ${period}`,
        note: 'Interne notities van de werkcoach zijn niet opgenomen in deze rapportage.',
      },
    }),
    styles: { th: { fontSize: 8.5, bold: true, color: C.muted } },
    content,
  };
}

/** `voortgangsrapportage-fatma-celik-2026-03-01-2026-05-31.pdf` */
export function progressReportFileName(report: ProgressReport): string {
  const stem =
    clean(report.candidate.fullName)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'kandidaat';
  return `voortgangsrapportage-${stem}-${report.period.from}-${report.period.to}.pdf`;
}

export async function makeProgressReport(
  report: ProgressReport,
  version: string,
): Promise<PdfFile> {
  return {
    bytes: await renderPdf(progressReportDocument(report, version)),
    fileName: progressReportFileName(report),
  };
}
