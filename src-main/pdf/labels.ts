import type { ApprovalAgency } from '../../src-shared/domain/benefit-approval';
import type {
  ContractType,
  FollowUpStatus,
  GoalStatus,
  OutflowInstrument,
} from '../../src-shared/domain/codes';
import type { CustomTableLayout } from 'pdfmake/interfaces';
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type {
  Benefit,
  IsoDate,
  Outcome,
  StopReason,
  TrajectoryKind,
} from '../../src-shared/domain/codes';
import type { CountFigureName, NotStartedGroup, Period } from '../../src-shared/figures';

/**
 * Dutch words and number formats for the figures, shared by the infographic and the CLI so both
 * say the same thing (DOMAIN.md glossary; the dashboard's translations say it the same way).
 */

export const figureLabels: Record<CountFigureName, string> = {
  discussed: 'Besproken',
  started: 'Gestart',
  employers: 'Werkgevers',
  completed: 'Afgerond',
  completedToPaidWork: 'Naar betaald werk',
  ongoing: 'Lopend',
  stopped: 'Voortijdig gestopt',
};

export const outcomeLabels: Record<Outcome, string> = {
  'paid-work': 'Betaald werk',
  education: 'Opleiding',
  volunteering: 'Vrijwilligerswerk',
  benefit: 'Uitkering',
  unknown: 'Onbekend',
};

export const stopReasonLabels: Record<StopReason, string> = {
  'found-work': 'Werk gevonden',
  health: 'Gezondheid',
  motivation: 'Motivatie',
  personal: 'Persoonlijke omstandigheden',
  'not-suitable': 'Niet passend',
  other: 'Overig',
};

/** Why a discussed candidate did not start; `waiting`: no reason recorded yet. */
export const notStartedLabels: Record<NotStartedGroup, string> = {
  'no-placement': 'Geen passende plek',
  withdrew: 'Zag ervan af',
  'found-work': 'Vond zelf werk',
  'not-selected': 'Niet geselecteerd',
  health: 'Gezondheid',
  other: 'Overig',
  waiting: 'Nog geen besluit',
};

export const contractTypeLabels: Record<ContractType, string> = {
  permanent: 'Vast contract',
  'fixed-term': 'Tijdelijk contract',
  'temp-agency': 'Via een uitzendbureau',
  secondment: 'Detachering',
  'self-employed': 'Als zelfstandige (zzp)',
  other: 'Een andere contractvorm',
};

export const instrumentLabels: Record<OutflowInstrument, string> = {
  'wage-cost-subsidy': 'loonkostensubsidie',
  'no-risk-policy': 'no-riskpolis',
  'job-agreement': 'banenafspraak',
  'wage-dispensation': 'loondispensatie',
  'job-coaching': 'jobcoach',
  none: 'geen regeling',
};

export const followUpLabels: Record<FollowUpStatus, string> = {
  employed: 'werkt nog',
  'not-employed': 'werkt niet meer',
  unknown: 'onbekend',
};

export const agencyLabels: Record<ApprovalAgency, string> = {
  municipality: 'de gemeente',
  uwv: 'UWV',
};

export const kindLabels: Record<TrajectoryKind, string> = {
  'work-experience': 'Werkervaringsplaats',
  'trial-placement': 'Proefplaatsing',
  'work-study': 'Leerwerktraject',
  other: 'Overig',
};

/** Short, for a table column; the screens say "Participatiewet (bijstand)" and "Geen". */
export const benefitLabels: Record<Benefit, string> = {
  'social-assistance': 'Participatiewet',
  unemployment: 'WW',
  wajong: 'Wajong',
  wia: 'WIA',
  none: 'Geen uitkering',
  other: 'Overig',
  unknown: 'Onbekend',
};

/** Short definitions (DOMAIN.md, "Result figures") for the infographic's footnote. */
export const figureDefinitions: readonly [term: string, definition: string][] = [
  ['Besproken', 'kandidaten besproken in de periode, ieder één keer geteld.'],
  ['Gestart', 'trajecten met een start in de periode.'],
  ['Afgerond, gestopt', 'gestarte trajecten, beëindigd op of vóór de peildatum.'],
  ['Naar betaald werk', 'afgeronde trajecten met uitstroom naar betaald werk.'],
  ['Lopend', 'gestarte trajecten die op de peildatum nog niet beëindigd waren.'],
  ['Werkgevers', 'werkgevers met een gestart traject, ieder één keer geteld.'],
  ['Duur', 'einddatum min startdatum, gemiddeld over de beëindigde trajecten.'],
  ['Uitstroom, redenen', 'over de beëindigde trajecten (afgerond of gestopt).'],
];

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 12.345 */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** 4,9 */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** Average days per month of the Gregorian calendar. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** "148 dagen (≈ 4,9 maanden)"; "—" when there is no ended trajectory. */
export function formatDuration(days: number | null): string {
  if (days === null) return '—';
  const months = days / DAYS_PER_MONTH;
  const dayText = Number.isInteger(days) ? formatCount(days) : formatDecimal(days);
  return `${dayText} ${days === 1 ? 'dag' : 'dagen'} (≈ ${formatDecimal(months)} ${months === 1 ? 'maand' : 'maanden'})`;
}

/** "31 december 2020" */
export function formatDate(date: IsoDate): string {
  return format(parseISO(date), 'd MMMM yyyy', { locale: nl });
}

/** "1 januari 2019 – 31 december 2019" */
export function formatPeriod(period: Period): string {
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

/** "Regio Zwolle" from "Zwolle" or from "Regio Zwolle" (the exchange files carry either). */
export function regionTitle(region: string | null): string {
  const name = (region ?? '').trim();
  if (name === '') return 'Regio';
  return /^regio\b/i.test(name) ? name : `Regio ${name}`;
}

/** Learning-goal status as the documents print it, with its colour. */
export const goalStatusStyle: Record<GoalStatus, { label: string; colour: string }> = {
  achieved: { label: 'Behaald', colour: '#1f6f6b' },
  'in-progress': { label: 'In ontwikkeling', colour: '#a15c00' },
  open: { label: 'Open', colour: '#6b7780' },
};

/** A table used only for layout: no lines, no padding. */
export const layoutTable: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
