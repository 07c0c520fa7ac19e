import type { TrajectoryKind } from '../domain/codes';

/**
 * What the sample placements are made of: roles with their learning goals, the employers of the
 * region with their locations, and the build-up programmes (opbouwprogramma's) per kind.
 */
export interface Role {
  title: string;
  /** A BBL role: only for work-study trajectories. */
  bbl: boolean;
  goals: readonly string[];
}

/** Werknemersvaardigheden: every trajectory has one or two of these first. */
export const generalGoals = [
  'Op tijd aanwezig zijn en afmelden volgens afspraak',
  'Hulp vragen aan de praktijkbegeleider wanneer iets niet duidelijk is',
  'Feedback aannemen en toepassen in het werk',
  'Zich houden aan de huisregels en de privacy van bewoners',
  'Samenwerken met collega’s en een overdracht geven aan het eind van de dienst',
  'Zelfstandig met de fiets of het openbaar vervoer naar het werk komen',
  'De afgesproken uren per week volhouden',
  'Nederlands spreken met bewoners en collega’s op de werkvloer',
] as const;

export const roles = {
  host: {
    title: 'Gastvrouw/gastheer restaurant',
    bbl: false,
    goals: [
      'Zelfstandig de lunchronde verzorgen',
      'Bewoners en gasten vriendelijk ontvangen en naar hun wensen vragen',
      'Werken volgens de HACCP-hygiëneregels',
      'De kassa bedienen en de dagafsluiting maken',
      'De koffie- en theeronde in de huiskamers verzorgen',
      'Tafels dekken en afruimen volgens de werkinstructie',
    ],
  },
  kitchen: {
    title: 'Keukenassistent',
    bbl: false,
    goals: [
      'Broodmaaltijden klaarmaken volgens de bestellijst',
      'De vaatwasser bedienen en de keuken schoon opleveren',
      'Temperaturen registreren volgens de HACCP-lijst',
      'Voorraad controleren en bestellingen doorgeven aan de kok',
    ],
  },
  housekeeping: {
    title: 'Huishoudelijk medewerker',
    bbl: false,
    goals: [
      'Een appartement schoonmaken volgens het schoonmaakplan',
      'Veilig werken met schoonmaakmiddelen en de juiste dosering',
      'Bewoners betrekken bij het schoonmaken van hun appartement',
      'Het eigen werk controleren met de checklist',
      'De eigen werkdag plannen aan de hand van het rooster',
    ],
  },
  cleaning: {
    title: 'Medewerker schoonmaak',
    bbl: false,
    goals: [
      'Kantoren en gangen schoonmaken volgens het schoonmaakprogramma',
      'De kleurcodes van doeken en emmers toepassen',
      'Veilig werken met de schrobzuigmachine',
      'Het eigen werk controleren met de checklist',
    ],
  },
  facilities: {
    title: 'Medewerker facilitair',
    bbl: false,
    goals: [
      'Post en pakketten rondbrengen volgens de vaste route',
      'Vergaderruimtes klaarzetten op basis van de reserveringen',
      'Kleine storingen herkennen en melden bij de technische dienst',
      'Werken met het meldingensysteem voor facilitaire verzoeken',
      'Een dagdeel zelfstandig de receptie bemensen',
    ],
  },
  reception: {
    title: 'Receptiemedewerker',
    bbl: false,
    goals: [
      'Bezoekers ontvangen en de weg wijzen',
      'De telefoon aannemen en correct doorverbinden',
      'Sleutels en toegangspassen uitgeven volgens de procedure',
      'Berichten en afspraken nauwkeurig noteren',
    ],
  },
  warehouse: {
    title: 'Medewerker magazijn',
    bbl: false,
    goals: [
      'Goederen ontvangen en controleren aan de hand van de pakbon',
      'Bestellingen voor de afdelingen verzamelen en klaarzetten',
      'Werken met de handscanner en het voorraadsysteem',
      'Veilig tillen en werken met de palletwagen',
      'Het magazijn opgeruimd en veilig achterlaten',
    ],
  },
  linen: {
    title: 'Medewerker linnenkamer',
    bbl: false,
    goals: [
      'Wasgoed sorteren en verwerken volgens de werkinstructie',
      'Kleding van bewoners merken en terugbrengen naar de afdeling',
      'De mangel en de strijkmachine veilig bedienen',
      'Voorraad linnengoed op de afdelingen aanvullen',
    ],
  },
  grounds: {
    title: 'Medewerker groenonderhoud',
    bbl: false,
    goals: [
      'Veilig werken met handgereedschap en persoonlijke beschermingsmiddelen',
      'Perken en plantsoenen onderhouden volgens het werkschema',
      'Zwerfafval opruimen en meldingen uit de wijk doorgeven',
      'In een ploeg werken en de dagplanning volgen',
    ],
  },
  secondHand: {
    title: 'Medewerker kringloopwinkel',
    bbl: false,
    goals: [
      'Goederen sorteren en prijzen volgens de prijslijst',
      'Klanten in de winkel te woord staan',
      'De kassa bedienen',
      'Meerijden met de ophaaldienst en goederen veilig inladen',
    ],
  },
  shop: {
    title: 'Medewerker boerderijwinkel',
    bbl: false,
    goals: [
      'Klanten helpen en adviseren over het assortiment',
      'Vakken vullen en houdbaarheidsdata controleren',
      'De kassa bedienen',
      'Oogst uit de tuin verwerken en verpakken voor de winkel',
    ],
  },
  activities: {
    title: 'Assistent activiteitenbegeleiding',
    bbl: false,
    goals: [
      'Een activiteit voor een kleine groep voorbereiden en uitvoeren',
      'Deelnemers ophalen en terugbrengen binnen het gebouw',
      'Het weekprogramma van activiteiten bijhouden',
      'Een wandeling of uitje met bewoners mee begeleiden',
    ],
  },
  maintenance: {
    title: 'Medewerker technische dienst',
    bbl: false,
    goals: [
      'Eenvoudige reparaties uitvoeren onder begeleiding',
      'Werkbonnen afhandelen en afmelden in het systeem',
      'Veilig werken op hoogte met de rolsteiger',
      'De wekelijkse controleronde door het gebouw lopen',
    ],
  },
  helper: {
    title: 'Helpende zorg en welzijn (BBL niveau 2)',
    bbl: true,
    goals: [
      'Bewoners ondersteunen bij de ochtendroutine onder begeleiding',
      'Maaltijden in de huiskamer begeleiden',
      'Een dagactiviteit in de huiskamer voorbereiden en begeleiden',
      'Rapporteren in het cliëntdossier volgens de afspraken van de afdeling',
      'De lessen van de BBL-opleiding volgen en opdrachten op tijd inleveren',
    ],
  },
  carer: {
    title: 'Verzorgende IG (BBL niveau 3)',
    bbl: true,
    goals: [
      'Zelfstandig een groep bewoners ondersteunen tijdens de ochtenddienst',
      'Het zorgleefplan lezen en de afspraken uitvoeren',
      'De beroepspraktijkvorming (BPV) afronden met een voldoende',
      'Nieuwe collega’s inwerken op eenvoudige taken',
      'Het gesprek met familie over de dagelijkse gang van zaken voeren',
    ],
  },
  logisticsBbl: {
    title: 'Logistiek medewerker (BBL niveau 2)',
    bbl: true,
    goals: [
      'Goederen ontvangen en controleren aan de hand van de pakbon',
      'Werken met de handscanner en het voorraadsysteem',
      'Het heftruckcertificaat halen',
      'De lessen van de BBL-opleiding volgen en opdrachten op tijd inleveren',
    ],
  },
} as const satisfies Record<string, Role>;

export type RoleKey = keyof typeof roles;
export const roleKeys = Object.keys(roles) as RoleKey[];

export interface EmployerSpec {
  key: string;
  name: string;
  /** How often the coach places someone here, relative to the others. */
  weight: number;
  locations: readonly { name: string; roles: readonly RoleKey[] }[];
}

/** The employers of the sample organisation's network in Regio Zwolle. */
export const employerSpecs: readonly EmployerSpec[] = [
  {
    key: 'linde',
    name: 'Zorgcentrum De Linde',
    weight: 10,
    locations: [
      { name: 'Afdeling Restaurant', roles: ['host', 'kitchen'] },
      { name: 'Huishoudelijke dienst', roles: ['housekeeping'] },
      { name: 'Afdeling Lindehof (wonen en zorg)', roles: ['helper', 'carer', 'activities'] },
      { name: 'Technische dienst', roles: ['maintenance'] },
    ],
  },
  {
    key: 'isala',
    name: 'Woonzorg De Berkenhof',
    weight: 8,
    locations: [
      { name: 'Locatie Berkum – Huiskamers', roles: ['helper', 'carer', 'activities'] },
      { name: 'Locatie Assendorp – Facilitair', roles: ['facilities', 'reception', 'cleaning'] },
      { name: 'Linnenkamer', roles: ['linen'] },
    ],
  },
  {
    key: 'kringloop',
    name: 'Kringloop Zwolle',
    weight: 6,
    locations: [
      { name: 'Winkel Zwolle-Zuid', roles: ['secondHand'] },
      { name: 'Sorteercentrum en magazijn', roles: ['warehouse', 'logisticsBbl'] },
    ],
  },
  {
    key: 'gemeente',
    name: 'Gemeente Zwolle',
    weight: 4,
    locations: [
      { name: 'Stadsbeheer – Groenonderhoud', roles: ['grounds'] },
      { name: 'Stadskantoor – Facilitaire dienst', roles: ['facilities', 'reception'] },
    ],
  },
  {
    key: 'ijsseldelta',
    name: 'Zorggroep IJsseldelta',
    weight: 6,
    locations: [
      { name: 'Locatie Kampen – Logistiek', roles: ['warehouse'] },
      { name: 'Locatie Kampen – Schoonmaakdienst', roles: ['cleaning'] },
      { name: 'Verpleeghuis De Vecht', roles: ['helper', 'carer'] },
    ],
  },
  {
    key: 'anker',
    name: 'Woonzorgcentrum Het Anker',
    weight: 5,
    locations: [
      { name: 'Restaurant De Kajuit', roles: ['host', 'kitchen'] },
      { name: 'Activiteitencentrum', roles: ['activities'] },
      { name: 'Afdeling Kleinschalig Wonen', roles: ['helper'] },
    ],
  },
  {
    key: 'buurtkracht',
    name: 'GGZ Herstelcentrum IJsselland',
    weight: 4,
    locations: [
      { name: 'Herstelcafé Stadshagen', roles: ['host', 'activities'] },
      { name: 'Inloophuis Holtenbroek', roles: ['host', 'cleaning'] },
    ],
  },
  {
    key: 'vechtdal',
    name: 'Thuiszorg Vechtdal',
    weight: 3,
    locations: [
      { name: 'Team Dalfsen', roles: ['helper', 'housekeeping'] },
      { name: 'Team Ommen', roles: ['helper', 'housekeeping'] },
    ],
  },
  {
    key: 'werkplaats',
    name: 'Gehandicaptenzorg De Werkplaats',
    weight: 3,
    locations: [
      { name: 'Houtwerkplaats', roles: ['activities', 'maintenance'] },
      { name: 'Kantine', roles: ['host', 'kitchen'] },
    ],
  },
  {
    key: 'hoeve',
    name: 'Verslavingszorg De Hoeve (zorgboerderij)',
    weight: 2,
    locations: [
      { name: 'Erf en moestuin', roles: ['grounds'] },
      { name: 'Boerderijwinkel', roles: ['shop'] },
    ],
  },
  {
    key: 'vlinder',
    name: 'Hospice De Vlinder',
    weight: 2,
    locations: [{ name: 'Team gastvrouwen', roles: ['host', 'housekeeping'] }],
  },
  {
    key: 'voedselbank',
    name: 'Voedselbank Zwolle',
    weight: 2,
    locations: [{ name: 'Distributiecentrum', roles: ['warehouse'] }],
  },
  {
    key: 'speelkwartier',
    name: 'Supermarkt Buitenhof',
    weight: 2,
    locations: [{ name: 'Filiaal Westenholte', roles: ['housekeeping', 'kitchen'] }],
  },
];

/** Where people find paid work after a placement elsewhere than at the employer itself. */
export const otherEmployers = [
  'Schoonmaakbedrijf Hofstede',
  'Hoveniersbedrijf Ten Hove',
  'Supermarkt De Wijkhoek',
  'Zorgcentrum De Linde',
  'Thuiszorg Vechtdal',
  'Uitzendbureau Werkpunt Zwolle',
  'Lunchroom Het Bolwerk',
] as const;

/** One step of an opbouwprogramma: reached `day` days after the start, if all goes to plan. */
export interface StepTemplate {
  day: number;
  text: (hours: number) => string;
}

export const buildUpPrograms: Record<TrajectoryKind, readonly StepTemplate[]> = {
  'work-experience': [
    {
      day: 13,
      text: (h) => `Week 1–2: ${h <= 12 ? 2 : 3} ochtenden meelopen met de praktijkbegeleider`,
    },
    { day: 27, text: (h) => `Week 3–4: ${h <= 12 ? 2 : 3} dagdelen, eerste taken zelfstandig` },
    {
      day: 59,
      text: (h) => `Maand 2: ${h >= 20 ? 'vier' : 'vaste'} dagdelen met een eigen takenpakket`,
    },
    {
      day: 89,
      text: (h) =>
        h > 12 ? `Maand 3: uitbreiden naar ${h} uur per week` : 'Maand 3: vaste werktijden',
    },
    { day: 150, text: () => 'Maand 4–6: zelfstandig meedraaien op het rooster' },
  ],
  'trial-placement': [
    { day: 6, text: () => 'Week 1: kennismaken en meelopen op de afdeling' },
    { day: 27, text: () => 'Week 2–4: de vaste taken zelfstandig uitvoeren' },
    {
      day: 55,
      text: (h) => `Week 5–8: volledige uren (${h} uur per week) zoals in de beoogde functie`,
    },
  ],
  'work-study': [
    { day: 30, text: () => 'Maand 1: inwerken op de afdeling, twee dagen per week' },
    { day: 90, text: () => 'Maand 2–3: start BBL-opleiding, één schooldag per week' },
    { day: 180, text: () => 'Maand 4–6: eigen taken onder begeleiding' },
    { day: 365, text: () => 'Na een jaar: tussentijdse beoordeling beroepspraktijkvorming' },
    { day: 540, text: () => 'Laatste fase: examens en proeve van bekwaamheid' },
  ],
  other: [
    { day: 13, text: () => 'Week 1–2: kennismaken en meelopen' },
    { day: 45, text: (h) => `Week 3–6: eigen taken, ${h} uur per week` },
    { day: 80, text: () => 'Maand 3: zelfstandig werken en afronden' },
  ],
};

/** Days after the start of the interim evaluations, per kind. */
export const evaluationDays: Record<TrajectoryKind, readonly number[]> = {
  'work-experience': [42, 91],
  'trial-placement': [28],
  'work-study': [56, 182, 365],
  other: [42],
};

export const motivations = [
  'Wil graag met ouderen werken en iets betekenen voor anderen.',
  'Heeft jaren mantelzorg gegeven en wil daar nu een vak van maken.',
  'Werkte eerder in de horeca en zoekt een vaste plek met regelmatige werktijden.',
  'Wil na een periode thuis weer ritme en collega’s.',
  'Is nieuw in Nederland en wil de taal oefenen en werkervaring opdoen in de zorg.',
  'Wil een opleiding in de zorg gaan volgen en eerst ervaren of het werk past.',
  'Houdt van aanpakken en buiten werken.',
  'Zoekt werk met structuur; praktisch ingesteld en handig.',
  'Had een eigen schoonmaakbedrijf en wil nu in loondienst werken.',
  'Wil financieel zelfstandig worden en een goed voorbeeld zijn voor de kinderen.',
  'Deed vrijwilligerswerk in het buurthuis en wil daar een betaalde baan van maken.',
  'Wil na de opvoeding van de kinderen weer aan het werk.',
] as const;

/** What a coach writes "voor het overleg": one line, for the region, with the person's consent. */
export const meetingLines = [
  'Zoekt na dit traject een vaste plek in de ouderenzorg; wie heeft er een vacature?',
  'Kan vanaf volgende maand meer uren werken, liefst in de ochtend.',
  'Wil graag een keer meelopen in de keuken van een andere locatie.',
  'Heeft interesse in een BBL-opleiding helpende zorg en welzijn.',
] as const;

/** The organisation the sample set belongs to, as its certificates name it. */
export const sampleOrganisation = { name: 'Stichting Werkkracht Zwolle', place: 'Zwolle' } as const;

export const coaches = ['Ellen Dijkstra', 'Rachid Bouzid', 'Marloes ter Haar'] as const;
