import { z } from 'zod';
import { defaultCertificateTemplate } from './certificate';

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
};
