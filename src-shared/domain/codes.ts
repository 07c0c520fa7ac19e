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

export const trajectoryKindSchema = z.enum(trajectoryKinds);
export const benefitSchema = z.enum(benefits);
export const statusSchema = z.enum(statuses);
export const stopReasonSchema = z.enum(stopReasons);
export const outcomeSchema = z.enum(outcomes);
export const ageBandSchema = z.enum(ageBands);
export const goalStatusSchema = z.enum(goalStatuses);

export type TrajectoryKind = (typeof trajectoryKinds)[number];
export type Benefit = (typeof benefits)[number];
export type Status = (typeof statuses)[number];
export type StopReason = (typeof stopReasons)[number];
export type Outcome = (typeof outcomes)[number];
export type AgeBand = (typeof ageBands)[number];
export type GoalStatus = (typeof goalStatuses)[number];

/** Calendar dates travel as `YYYY-MM-DD` strings everywhere: they compare as text. */
export type IsoDate = string;
