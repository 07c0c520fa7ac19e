import { z } from 'zod';
import { isIsoDate } from './dates';

/**
 * Field helpers shared by every form schema. Form inputs give '' for "nothing": these turn that
 * into null so stored records say "unknown" one way only. Messages are i18n keys.
 */
const emptyToNull = (value: unknown) =>
  value === '' || value === undefined || (typeof value === 'number' && Number.isNaN(value))
    ? null
    : value;

export const isoDate = z.string().refine(isIsoDate, { error: 'validation.invalidDate' });
export const optionalDate = z.preprocess(emptyToNull, isoDate.nullable());
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: 'validation.required' }).max(max);
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : emptyToNull(value)),
    z.string().trim().max(max).nullable(),
  );
export const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value !== '' ? Number(value) : emptyToNull(value)),
    z.number().min(min).max(max).nullable(),
  );
export const id = z.string().min(1).max(64);
export const optionalCode = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToNull, schema.nullable());
