import { z } from 'zod';
import { defaultCertificateTemplate } from './certificate';
import { optionalDate } from './fields';

/**
 * The organisation's settings. Messages are i18n keys (see the renderer's validation namespace):
 * the same schema serves the form and, later, backups and imports.
 */
const text = (max: number) => z.string().trim().max(max);

export const settingsSchema = z.object({
  organisationName: text(120).min(1, { error: 'validation.organisationRequired' }),
  region: text(80),
  coachName: text(80),
  signatoryName: text(80),
  signatoryFunction: text(80),
  place: text(80),
  accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'validation.colour' }),
  certificateTemplate: text(2000),
  retentionYearsAfterEnd: z.coerce.number().int().min(1).max(30),
  retentionYearsAfterDiscussion: z.coerce.number().int().min(1).max(30),
  // Vandaag: after how many weeks a running trajectory needs an evaluation or a coaching contact,
  // and a discussed candidate who neither started nor was closed needs a decision.
  todayEvaluationWeeks: z.coerce.number().int().min(1).max(52),
  todayContactWeeks: z.coerce.number().int().min(1).max(52),
  todayDiscussedWeeks: z.coerce.number().int().min(1).max(104),
  /** The next regional meeting: Vandaag asks for consent missing before it. */
  nextMeetingOn: optionalDate,
});

export type Settings = z.output<typeof settingsSchema>;

export const emptySettings: Settings = {
  organisationName: '',
  region: '',
  coachName: '',
  signatoryName: '',
  signatoryFunction: '',
  place: '',
  accentColour: '#1f6f6b',
  certificateTemplate: defaultCertificateTemplate,
  retentionYearsAfterEnd: 2,
  retentionYearsAfterDiscussion: 1,
  todayEvaluationWeeks: 6,
  todayContactWeeks: 2,
  todayDiscussedWeeks: 12,
  nextMeetingOn: null,
};
