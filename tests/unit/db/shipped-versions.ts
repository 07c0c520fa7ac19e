import { z } from 'zod';
import snapshot from '../../../src-shared/schema/shipped-versions.json';
import type { SchemaVersion } from '../../../src-shared/schema/upgrade';

const shippedVersionSchema = z
  .object({
    version: z.number().int().positive(),
    stores: z.record(z.string(), z.string().nullable()),
    /** Whether it shipped with an upgrade step: one added later would never run. */
    upgrade: z.boolean(),
  })
  .strict();

/** A schema version as it shipped (src-shared/schema/shipped-versions.json). */
export type ShippedVersion = z.output<typeof shippedVersionSchema>;

export const shippedSnapshot: readonly ShippedVersion[] = z
  .array(shippedVersionSchema)
  .parse(snapshot.versions);

/**
 * The shipped versions' stores without any upgrade step, for building an old database exactly as
 * that version created it (a fresh database never runs upgrades).
 */
export const shippedVersions: readonly SchemaVersion[] = shippedSnapshot.map(({ stores }) => ({
  stores,
}));
