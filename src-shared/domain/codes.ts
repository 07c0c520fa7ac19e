import { z } from 'zod';

/** The codes of DOMAIN.md's glossary. Code and exchange format are English; the UI translates. */
export const trajectoryKinds = [
  'work-experience',
  'trial-placement',
  'work-study',
  'other',
] as const;
export const benefits = [
  'social-assistance',
  'unemployment',
  'wajong',
  'wia',
  'none',
  'other',
  'unknown',
] as const;
export const statuses = ['discussed', 'ongoing', 'completed', 'stopped'] as const;
export const stopReasons = [
  'found-work',
  'health',
  'motivation',
  'personal',
  'not-suitable',
  'other',
] as const;
export const outcomes = ['paid-work', 'education', 'volunteering', 'benefit', 'unknown'] as const;
export const ageBands = ['<27', '27-44', '45+', 'unknown'] as const;
export const goalStatuses = ['open', 'in-progress', 'achieved'] as const;
// "More of the programme" (DOMAIN.md).
export const notStartedReasons = [
  'no-placement',
  'withdrew',
  'found-work',
  'not-selected',
  'health',
  'other',
] as const;
export const contractTypes = [
  'permanent',
  'fixed-term',
  'temp-agency',
  'secondment',
  'self-employed',
  'other',
] as const;
export const outflowInstruments = [
  'wage-cost-subsidy',
  'no-risk-policy',
  'job-agreement',
  'wage-dispensation',
  'job-coaching',
  'none',
] as const;
export const followUpStatuses = ['employed', 'not-employed', 'unknown'] as const;

export const trajectoryKindSchema = z.enum(trajectoryKinds);
export const benefitSchema = z.enum(benefits);
export const statusSchema = z.enum(statuses);
export const stopReasonSchema = z.enum(stopReasons);
export const outcomeSchema = z.enum(outcomes);
export const ageBandSchema = z.enum(ageBands);
export const goalStatusSchema = z.enum(goalStatuses);
export const notStartedReasonSchema = z.enum(notStartedReasons);
export const contractTypeSchema = z.enum(contractTypes);
export const outflowInstrumentSchema = z.enum(outflowInstruments);
export const followUpStatusSchema = z.enum(followUpStatuses);

export type TrajectoryKind = (typeof trajectoryKinds)[number];
export type Benefit = (typeof benefits)[number];
export type Status = (typeof statuses)[number];
export type StopReason = (typeof stopReasons)[number];
export type Outcome = (typeof outcomes)[number];
export type AgeBand = (typeof ageBands)[number];
export type GoalStatus = (typeof goalStatuses)[number];
export type NotStartedReason = (typeof notStartedReasons)[number];
export type ContractType = (typeof contractTypes)[number];
export type OutflowInstrument = (typeof outflowInstruments)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Calendar dates travel as `YYYY-MM-DD` strings everywhere: they compare as text. */
export type IsoDate = string;
