import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { Benefit } from '../../src-shared/domain/codes';
import type { Referrer } from '../../src-shared/domain/candidate';
import {
  inzageFileStem,
  type SubjectAccessReport,
  type SubjectAccessTrajectory,
} from '../../src-shared/domain/subject-access';
import type { TrajectoryStatus } from '../../src-shared/domain/trajectory';
import type { PdfFile } from '../../src-shared/ipc/documents';
import {
  agencyLabels,
  contractTypeLabels,
  followUpLabels,
  formatDate,
  goalStatusStyle,
  instrumentLabels,
  kindLabels,
  layoutTable,
  notStartedLabels,
  outcomeLabels,
  stopReasonLabels,
} from './labels';
import { coachingKindLabels, formatMinutes } from './progress-report';
import { clean, formatHours, paragraphs } from './prose';
import { renderPdf } from './render';
import {
  A4,
  confidentialTitle,
  pagedDocumentFrame,
  palette,
  sectionHeading,
  tintedBox,
} from './style';
import { fitText } from './text-fit';

/**
 * Inzage (AVG article 15) for the person who asked: in plain Dutch, every category of data the
 * organisation holds about them, where it came from, why it is kept, how long, and who receives
 * what. The same data goes beside it as a JSON file for portability. Written to "u", the reader.
 */

const MARGIN = { left: 56, right: 56, top: 58, bottom: 62 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const C = palette;

export const INZAGE_TITLE = 'Inzage in uw gegevens';

const benefitLabels: Record<Benefit, string> = {
  'social-assistance': 'Participatiewet (bijstand)',
  unemployment: 'WW',
  wajong: 'Wajong',
  wia: 'WIA',
  none: 'Geen uitkering',
  other: 'Een andere uitkering',
  unknown: 'Niet bekend',
};

const referrerLabels: Record<Referrer, string> = {
  uwv: 'UWV',
  municipality: 'de gemeente',
  wsp: 'het Werkgeversservicepunt (WSP)',
  other: 'een andere organisatie',
};

const statusLabels: Record<TrajectoryStatus, string> = {
  ongoing: 'loopt nog',
  completed: 'afgerond',
  stopped: 'voortijdig gestopt',
};

// ---------------------------------------------------------------------------------------------
// Small blocks

/** Rows with a hairline between them. */
const ruled: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
  hLineColor: () => C.rule,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

const none = (text: string): Content => ({ text, italics: true, color: C.muted, fontSize: 9.5 });

function subheading(text: string): Content {
  return { text, fontSize: 10.5, bold: true, color: C.dark, margin: [0, 10, 0, 4] };
}

function para(text: string, margin: [number, number, number, number] = [0, 0, 0, 6]): Content {
  return { text, fontSize: 9.5, lineHeight: 1.25, margin };
}

/** Free text as the person wrote it or the coach wrote it about them. */
function written(text: string | null): Content {
  const parts = paragraphs(text);
  if (parts.length === 0) return { text: '—', color: C.soft };
  return { stack: parts.map((part, i) => ({ text: part, margin: [0, i === 0 ? 0 : 3, 0, 0] })) };
}

/** Label, value and (optionally) where it came from, one row each. */
function factTable(rows: readonly [string, Content | string, string?][], withSource: boolean) {
  const cell = (value: Content | string): TableCell =>
    typeof value === 'string' ? { text: value || '—' } : (value as TableCell);
  const body: TableCell[][] = rows.map(([label, value, source]) => [
    { text: label, color: C.muted, fontSize: 9 },
    { ...(cell(value) as object), fontSize: 9.5, color: C.dark } as TableCell,
    ...(withSource ? [{ text: source ?? '', color: C.muted, fontSize: 8.5 } as TableCell] : []),
  ]);
  if (withSource) {
    body.unshift([
      { text: 'Gegeven', style: 'th' },
      { text: 'Wat wij hebben vastgelegd', style: 'th' },
      { text: 'Waar het vandaan komt', style: 'th' },
    ]);
  }
  return {
    table: {
      headerRows: withSource ? 1 : 0,
      widths: withSource ? [100, '*', 120] : [110, '*'],
      body,
      dontBreakRows: true,
    },
    layout: ruled,
  } as Content;
}

function bullets(items: readonly Content[]): Content {
  return { ul: [...items], fontSize: 9.5, lineHeight: 1.2, margin: [0, 0, 0, 6] };
}

/** A small heading over a bulleted list; nothing at all when the list is empty. */
function titledList(title: string, items: readonly Content[]): Content[] {
  return items.length === 0 ? [] : [subheading(title), bullets(items)];
}

// ---------------------------------------------------------------------------------------------
// Sections

function personSection(report: SubjectAccessReport): Content[] {
  const { person } = report;
  const fromYou = 'van u, bij de aanmelding';
  const consent = person.consentToShare
    ? `Ja, gegeven op ${person.consentOn ? formatDate(person.consentOn) : 'een onbekende datum'}`
    : 'Nee';
  const rows: [string, Content | string, string][] = [
    ['Naam', clean(person.fullName), fromYou],
    ['Geboortedatum', person.birthDate ? formatDate(person.birthDate) : '', fromYou],
    ['Telefoon', clean(person.phone), fromYou],
    ['E-mail', clean(person.email), fromYou],
    ['Aangemeld op', formatDate(person.registeredOn), 'uw werkcoach'],
    [
      'Besproken op',
      person.discussedOn ? formatDate(person.discussedOn) : '',
      'uw werkcoach, na het regionale overleg of de intake',
    ],
    [
      'Uitkering',
      benefitLabels[person.benefit],
      'van u of van uw klantmanager (alleen de soort, nooit uw BSN)',
    ],
    [
      'Aangemeld door',
      person.referrer ? referrerLabels[person.referrer] : '',
      'van de organisatie die u aanmeldde',
    ],
    [
      'Beschikbaar',
      person.hoursAvailable === null ? '' : `${formatHours(person.hoursAvailable)} per week`,
      fromYou,
    ],
    ['Motivatie', written(person.motivation), 'uit het gesprek met u'],
    ['Toestemming om met naam besproken te worden', consent, 'van u'],
    ['Regel voor het overleg', written(person.meetingLine), 'geschreven door uw werkcoach'],
    ['Woongemeente', clean(person.municipality), fromYou],
    [
      'Waarom u niet startte',
      person.notStartedReason ? notStartedLabels[person.notStartedReason] : '',
      'uw werkcoach, na de bespreking',
    ],
  ];
  const status: Content[] = [];
  if (person.anonymisedOn) {
    status.push(
      para(
        `Uw gegevens zijn op ${formatDate(person.anonymisedOn)} geanonimiseerd: naam, ` +
          'contactgegevens en teksten zijn verwijderd; alleen datums en codes zijn over.',
      ),
    );
  }
  if (person.inTrash) {
    status.push(
      para(
        'Uw gegevens staan in de prullenbak van Instap: ze worden niet meer gebruikt en worden ' +
          'definitief verwijderd als de werkcoach de prullenbak leegt.',
      ),
    );
  }
  return [...status, factTable(rows, true)];
}

function trajectoryTitle(trajectory: SubjectAccessTrajectory): string {
  const where = clean(trajectory.employer);
  const end = trajectory.endedOn ?? trajectory.plannedEndOn;
  const period = `${formatDate(trajectory.startedOn)} – ${end ? formatDate(end) : 'nog niet bekend'}`;
  return `${kindLabels[trajectory.kind]}${where ? ` bij ${where}` : ''} (${period})`;
}

function trajectoryFacts(trajectory: SubjectAccessTrajectory): Content {
  const ending: [string, Content | string][] = [];
  if (trajectory.stopReason) {
    ending.push(['Reden van stoppen', stopReasonLabels[trajectory.stopReason]]);
  }
  if (trajectory.outcome) {
    const job = [
      clean(trajectory.outcomeEmployer),
      trajectory.outcomeHours === null ? '' : `${formatHours(trajectory.outcomeHours)} per week`,
    ]
      .filter(Boolean)
      .join(', ');
    ending.push(['Daarna', `${outcomeLabels[trajectory.outcome]}${job ? ` (${job})` : ''}`]);
  }
  if (trajectory.outflow) {
    const { contractType, inSector } = trajectory.outflow;
    const instruments = trajectory.outflow.instruments.filter((i) => i !== 'none');
    const help =
      instruments.length > 0
        ? `, met ${instruments.map((i) => instrumentLabels[i]).join(' en ')}`
        : trajectory.outflow.instruments.length > 0
          ? ', zonder regeling'
          : '';
    ending.push([
      'Uw nieuwe werk',
      `${contractTypeLabels[contractType]}${help}; ${inSector ? 'in' : 'buiten'} de zorg en het welzijn`,
    ]);
  }
  const { months6, months12 } = trajectory.followUp;
  if (months6 || months12) {
    const after = (months: number, status: typeof months6) =>
      status ? `na ${months} maanden: ${followUpLabels[status]}` : '';
    ending.push(['Nazorg', [after(6, months6), after(12, months12)].filter(Boolean).join('; ')]);
  }
  if (trajectory.closingNote) ending.push(['Afsluitende notitie', written(trajectory.closingNote)]);
  return factTable(
    [
      ['Soort', kindLabels[trajectory.kind]],
      [
        'Werkgever',
        [clean(trajectory.employer), clean(trajectory.location)].filter(Boolean).join(', '),
      ],
      ['Functie', clean(trajectory.role)],
      ['Praktijkbegeleider', clean(trajectory.workplaceSupervisor)],
      ['Werkcoach', clean(trajectory.coach)],
      ['Programma', clean(trajectory.programme)],
      ['Toestemming uitkeringsinstantie', approvalText(trajectory)],
      ['Gestart op', formatDate(trajectory.startedOn)],
      ['Gepland tot', trajectory.plannedEndOn ? formatDate(trajectory.plannedEndOn) : ''],
      ['Beëindigd op', trajectory.endedOn ? formatDate(trajectory.endedOn) : ''],
      [
        'Uren per week',
        trajectory.hoursPerWeek === null ? '' : formatHours(trajectory.hoursPerWeek),
      ],
      [
        'Stand',
        `${statusLabels[trajectory.status]}${trajectory.inTrash ? ' (in de prullenbak)' : ''}`,
      ],
      ...ending,
    ],
    false,
  );
}

/** Who agreed that the benefit continues: agency, office, consultant, date and dossier number. */
function approvalText(trajectory: SubjectAccessTrajectory): string {
  const approval = trajectory.benefitApproval;
  if (!approval) return '';
  return [
    agencyLabels[approval.agency],
    clean(approval.office),
    clean(approval.consultant) && `consulent ${clean(approval.consultant)}`,
    approval.approvedOn && `op ${formatDate(approval.approvedOn)}`,
    clean(approval.fileNumber) && `dossiernummer ${clean(approval.fileNumber)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function trainingsBlock(trajectory: SubjectAccessTrajectory): Content[] {
  return titledList(
    'Trainingen',
    trajectory.trainings.map((training) => ({
      text: [
        clean(training.name),
        {
          text:
            (training.completedOn
              ? ` — gevolgd op ${formatDate(training.completedOn)}`
              : ' — nog niet gevolgd') + (training.withCertificate ? ', met certificaat' : ''),
          color: C.muted,
        },
      ],
    })),
  );
}

function attendanceBlock(trajectory: SubjectAccessTrajectory): Content[] {
  const a = trajectory.attendance;
  if (a.weeks === 0 || a.from === null || a.to === null) return [];
  return [
    subheading('Aanwezigheid'),
    para(
      `${a.weeks} ${a.weeks === 1 ? 'week' : 'weken'} vastgelegd (van de week van ${formatDate(a.from)} ` +
        `tot de week van ${formatDate(a.to)}): ${formatHours(a.hoursWorked)} gewerkt van ` +
        `${formatHours(a.hoursAgreed)} afgesproken, ${a.daysAbsent} ${a.daysAbsent === 1 ? 'dag' : 'dagen'} ` +
        'afwezig. Een reden van afwezigheid leggen wij niet vast.',
    ),
  ];
}

function goalsBlock(trajectory: SubjectAccessTrajectory): Content[] {
  if (trajectory.goals.length === 0) return [];
  return [
    subheading('Leerdoelen'),
    {
      table: {
        widths: [46, '*'],
        body: trajectory.goals.map((goal): TableCell[] => [
          {
            text: goalStatusStyle[goal.status].label,
            bold: true,
            fontSize: 8.5,
            color: goalStatusStyle[goal.status].colour,
          },
          { text: clean(goal.text), fontSize: 9.5 },
        ]),
        dontBreakRows: true,
      },
      layout: { ...layoutTable, paddingBottom: () => 3 },
    },
  ];
}

function stepsBlock(trajectory: SubjectAccessTrajectory): Content[] {
  return titledList(
    'Opbouw van het werk',
    trajectory.steps.map((step) => ({
      text: [
        clean(step.text),
        {
          text: step.reachedOn ? ` — bereikt op ${formatDate(step.reachedOn)}` : ' — nog niet',
          color: C.muted,
        },
      ],
    })),
  );
}

function evaluationsBlock(trajectory: SubjectAccessTrajectory): Content[] {
  if (trajectory.evaluations.length === 0) return [];
  return [
    subheading('Evaluaties'),
    ...trajectory.evaluations.map((evaluation): Content => ({
      stack: [
        { text: formatDate(evaluation.date), bold: true, fontSize: 9.5, color: C.dark },
        ...(paragraphs(evaluation.notes).length > 0
          ? [{ ...(written(evaluation.notes) as object), fontSize: 9.5 } as Content]
          : []),
        ...evaluation.progress.map((progress): Content => ({
          text: [
            { text: `${clean(progress.goal)}: `, color: C.muted },
            goalStatusStyle[progress.status].label.toLowerCase(),
            ...(clean(progress.remark) ? [` — ${clean(progress.remark)}`] : []),
          ],
          fontSize: 8.5,
          margin: [8, 1, 0, 0],
        })),
      ],
      margin: [0, 0, 0, 6],
      unbreakable: evaluation.progress.length < 12,
    })),
  ];
}

function contactsBlock(trajectory: SubjectAccessTrajectory): Content[] {
  if (trajectory.contacts.length === 0) return [];
  const minutes = trajectory.contacts.reduce((sum, contact) => sum + contact.minutes, 0);
  const body: TableCell[][] = [
    [
      { text: 'Datum', style: 'th' },
      { text: 'Soort', style: 'th' },
      { text: 'Duur', style: 'th' },
      { text: 'Notitie', style: 'th' },
    ],
    ...trajectory.contacts.map((contact): TableCell[] => {
      const about: Content[] = [];
      if (contact.goal) about.push({ text: `Over: ${clean(contact.goal)}`, color: C.muted });
      if (clean(contact.note)) about.push({ text: clean(contact.note) });
      if (contact.internal) about.push({ text: 'intern: alleen voor uw dossier', color: C.muted });
      return [
        { text: formatDate(contact.date), noWrap: true },
        { text: coachingKindLabels[contact.kind] },
        { text: formatMinutes(contact.minutes), noWrap: true },
        about.length === 0 ? { text: '—', color: C.soft } : { stack: about },
      ];
    }),
  ];
  return [
    subheading(`Begeleiding (${trajectory.contacts.length} contacten, ${formatMinutes(minutes)})`),
    {
      // The kind column fits its longest label on one line ("Overleg met gemeente/UWV").
      table: { headerRows: 1, widths: [80, 118, 48, '*'], body, dontBreakRows: true },
      layout: ruled,
      fontSize: 9,
    },
  ];
}

function profileBlock(trajectory: SubjectAccessTrajectory): Content[] {
  const { profile } = trajectory;
  if (!profile) return [];
  return [
    subheading('Profiel en matching'),
    factTable(
      [
        ['Wat u meebrengt', written(profile.brings)],
        ['Wat u nodig hebt', written(profile.needs)],
        ['Wat het werk vraagt', written(profile.asks)],
        ['Wat de werkplek biedt', written(profile.offers)],
        ['Waarom deze plek', written(profile.matchingNote)],
      ],
      false,
    ),
  ];
}

function certificatesBlock(trajectory: SubjectAccessTrajectory): Content[] {
  return titledList(
    'Getuigschrift',
    trajectory.certificates.map((certificate) => ({
      text:
        `Nummer ${certificate.number}, uitgereikt op ${formatDate(certificate.issuedOn)}` +
        (certificate.status === 'replaced' ? ' (vervangen door een nieuwer getuigschrift)' : ''),
    })),
  );
}

function trajectoriesSection(report: SubjectAccessReport): Content[] {
  if (report.trajectories.length === 0) {
    return [
      none('U hebt (nog) geen traject bij ons. Er zijn dus ook geen evaluaties of notities.'),
    ];
  }
  return [
    para(
      'Uw werkcoach legt dit vast, samen met uw praktijkbegeleider op de werkplek. Het ' +
        'getuigschrift kreeg u zelf; wij bewaren een kopie met het nummer.',
    ),
    ...report.trajectories.flatMap((trajectory, index): Content[] => [
      {
        text: `2.${index + 1}  ${trajectoryTitle(trajectory)}`,
        fontSize: 11.5,
        bold: true,
        color: C.dark,
        margin: [0, 10, 0, 4],
      },
      trajectoryFacts(trajectory),
      ...goalsBlock(trajectory),
      ...stepsBlock(trajectory),
      ...evaluationsBlock(trajectory),
      ...contactsBlock(trajectory),
      ...profileBlock(trajectory),
      ...trainingsBlock(trajectory),
      ...attendanceBlock(trajectory),
      ...certificatesBlock(trajectory),
    ]),
  ];
}

function whySection(report: SubjectAccessReport): Content[] {
  const organisation = clean(report.organisation);
  return [
    para(`${organisation} gebruikt deze gegevens alleen om:`),
    bullets([
      'u te begeleiden op uw werkervaringsplaats en daarover met u en uw werkplek te praten;',
      'uw uitkeringsinstantie te laten weten hoe het gaat, als die daarom vraagt;',
      'u een getuigschrift te geven als u een traject afrondt;',
      'met de organisaties in de regio kandidaten en werkplekken te bespreken;',
      'jaarcijfers te maken over hoeveel mensen starten, afronden en werk vinden (zonder namen).',
    ]),
    para(
      'Wij leggen niet meer vast dan daarvoor nodig is: nooit uw BSN, en geen medische gegevens ' +
        'of diagnoses. ' +
        (report.changes.count > 0
          ? `Instap houdt bij wanneer uw gegevens zijn aangemaakt of gewijzigd (welke velden, ` +
            `niet wat erin stond): ${report.changes.count} keer, het laatst op ` +
            `${report.changes.lastOn ? formatDate(report.changes.lastOn) : 'een onbekende datum'}.`
          : ''),
    ),
  ];
}

function howLongSection(report: SubjectAccessReport): Content[] {
  const { retention } = report;
  const rule =
    `Wij bewaren uw gegevens tot ${retention.yearsAfterEnd} jaar na het einde van uw laatste ` +
    `traject. Bent u besproken maar niet gestart, dan ${retention.yearsAfterDiscussion} jaar na ` +
    'de bespreking.';
  const you = report.person.anonymisedOn
    ? 'Voor u is die termijn al voorbij: uw gegevens zijn geanonimiseerd.'
    : retention.until === null
      ? 'Uw traject loopt nog; de termijn begint als het is afgelopen.'
      : retention.until < report.madeOn
        ? `Voor u is die termijn op ${formatDate(retention.until)} verstreken: uw werkcoach ` +
          'anonimiseert uw gegevens binnenkort.'
        : `Voor u betekent dat: uiterlijk tot ${formatDate(retention.until)}.`;
  return [
    para(`${rule} ${you}`),
    para(
      'Daarna verwijdert Instap uw naam, geboortedatum, contactgegevens en alle teksten. Alleen ' +
        'datums, codes en aantallen blijven, zodat de cijfers van eerdere jaren kloppen; die zijn ' +
        'niet meer tot u te herleiden. Een getuigschrift houdt in ons register alleen zijn nummer.',
    ),
  ];
}

function recipientsSection(report: SubjectAccessReport): Content[] {
  const named = report.person.consentToShare;
  const row = (who: string, what: string, when: string): TableCell[] => [
    { text: who, bold: true, color: C.dark },
    { text: what },
    { text: when, color: C.muted },
  ];
  return [
    {
      table: {
        headerRows: 1,
        widths: [110, '*', 110],
        dontBreakRows: true,
        body: [
          [
            { text: 'Wie', style: 'th' },
            { text: 'Wat', style: 'th' },
            { text: 'Wanneer', style: 'th' },
          ],
          row(
            'Werkgevers en organisaties in het regionale overleg',
            named
              ? 'Uw naam (u gaf toestemming), werkgever, functie en data van uw traject, uw ' +
                  'motivatie, uw leerdoelen en hoe ver u bent, en de regel voor het overleg.'
              : 'Alleen uw initialen, werkgever, functie en data van uw traject en hoeveel ' +
                  'leerdoelen behaald zijn (u gaf geen toestemming om met naam besproken te worden).',
            'Op de agenda van het overleg, elke zes weken, zolang u besproken wordt of een ' +
              'traject loopt.',
          ),
          row(
            'De regio (samenwerkende organisaties)',
            'Meestal alleen aantallen, zonder iets over u persoonlijk. Soms per traject een ' +
              'regel zonder naam, met een code in plaats van uw naam: soort traject, werkgever, ' +
              'soort uitkering, leeftijdsgroep, data, stand, reden van stoppen, wat u daarna ' +
              'ging doen, uren per week en het aantal (behaalde) leerdoelen; en als codes waarom ' +
              'u niet startte, het programma, de soort contract en regelingen bij uw nieuwe werk en ' +
              'of u na 6 en 12 maanden nog werkte. Nooit uw woongemeente, de toestemming van uw ' +
              'uitkeringsinstantie of uw trainingen.',
            'Bij de cijfers voor de regio, een paar keer per jaar.',
          ),
          row(
            'Uw gemeente of UWV',
            'Een voortgangsrapportage: uw naam en geboortedatum, uw traject, leerdoelen en ' +
              'voortgang, de opbouw, de begeleiding en de conclusie van uw werkcoach. Interne ' +
              'notities gaan niet mee.',
            'Als zij erom vragen.',
          ),
          row('U zelf', 'Uw getuigschrift.', 'Als u een traject afrondt.'),
        ],
      },
      layout: ruled,
      fontSize: 9,
    },
    para(
      'Evaluaties, begeleidingsnotities en afsluitende notities zijn alleen voor uw dossier en ' +
        'gaan naar niemand. Verder geven wij uw gegevens aan niemand. Ze staan in Instap op de ' +
        'computer van de organisatie; de back-ups daarvan bewaren wij even zorgvuldig.',
      [0, 8, 0, 6],
    ),
  ];
}

function rightsSection(report: SubjectAccessReport): Content[] {
  const coach = clean(report.coach);
  return [
    para(
      'Klopt er iets niet, of wilt u dat wij iets verwijderen? Dan kunt u ons vragen het te ' +
        'verbeteren of te verwijderen, en u kunt bezwaar maken tegen het gebruik. Vraag het ' +
        `${coach ? `uw werkcoach, ${coach}` : 'uw werkcoach'}, of ${clean(report.organisation)}. ` +
        'Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht ' +
        'indienen bij de Autoriteit Persoonsgegevens.',
    ),
    para(
      'Bij dit overzicht hoort een bestand (JSON) met dezelfde gegevens, dat een computer kan ' +
        'lezen. Daarmee kunt u ze meenemen naar een andere organisatie.',
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The document

export function inzageDocument(report: SubjectAccessReport, version: string): TDocumentDefinitions {
  const organisation = clean(report.organisation) || 'Instap';
  const name = clean(report.person.fullName) || '—';
  const made = formatDate(report.madeOn);
  const content: Content[] = [
    ...confidentialTitle({
      organisation,
      title: INZAGE_TITLE,
      subtitle: `${fitText(name, WIDTH * 0.6, 13)} · gemaakt op ${made}`,
      width: WIDTH,
    }),
    tintedBox({
      stack: [
        {
          text: `Dit is alles wat ${organisation} in Instap over u bewaart.`,
          bold: true,
          color: C.dark,
        },
        {
          text:
            'U vroeg om inzage in uw gegevens (AVG, artikel 15). Hieronder staat wat wij ' +
            'over u hebben vastgelegd en waar het vandaan komt (1 en 2), waarom wij het ' +
            'bewaren (3), hoe lang (4), wie wat van ons krijgt (5) en wat u kunt doen als ' +
            'u iets wilt laten verbeteren of verwijderen (6).',
          margin: [0, 3, 0, 0],
        },
      ],
      fontSize: 9.5,
      lineHeight: 1.2,
    }),
    sectionHeading(1, 'Uw gegevens', WIDTH),
    ...personSection(report),
    sectionHeading(2, 'Uw trajecten', WIDTH, `(${report.trajectories.length})`),
    ...trajectoriesSection(report),
    sectionHeading(3, 'Waarom wij dit bewaren', WIDTH),
    ...whySection(report),
    sectionHeading(4, 'Hoe lang wij het bewaren', WIDTH),
    ...howLongSection(report),
    sectionHeading(5, 'Wie wat van ons krijgt', WIDTH),
    ...recipientsSection(report),
    sectionHeading(6, 'Wat u kunt doen', WIDTH),
    ...rightsSection(report),
  ];
  return {
    ...pagedDocumentFrame({
      margin: MARGIN,
      title: `${INZAGE_TITLE} ${name}`,
      author: organisation,
      version,
      header: { left: `${INZAGE_TITLE} · ${name}`, right: made },
      footer: { left: `${INZAGE_TITLE} · ${organisation} · ${made} · vertrouwelijk` },
    }),
    styles: { th: { fontSize: 8.5, bold: true, color: C.muted } },
    content,
  };
}

export async function makeInzage(
  request: { report: SubjectAccessReport; reference: string },
  version: string,
): Promise<PdfFile> {
  return {
    bytes: await renderPdf(inzageDocument(request.report, version)),
    fileName: `${inzageFileStem(request.reference, request.report.madeOn)}.pdf`,
  };
}
