import { z } from 'zod';

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
});

export type Settings = z.output<typeof settingsSchema>;

export const emptySettings: Settings = {
  organisationName: '',
  region: '',
  coachName: '',
  signatoryName: '',
  signatoryFunction: '',
};
