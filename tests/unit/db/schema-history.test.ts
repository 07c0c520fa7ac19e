import { describe, expect, it } from 'vitest';
import { backupTables } from '../../../src-shared/domain/backup';
import { tablesAt } from '../../../src-shared/schema/upgrade';
import { SCHEMA_VERSION, schemaVersions } from '../../../src-shared/schema/versions';
import { shippedSnapshot } from './shipped-versions';

const unreleased = schemaVersions.length - shippedSnapshot.length;

describe(`shipped schema versions (1–${shippedSnapshot.length}; ${unreleased} unreleased: add a version to src-shared/schema/shipped-versions.json when it ships)`, () => {
  it.each(shippedSnapshot.map((shipped) => [shipped.version, shipped] as const))(
    'keeps version %i as it shipped: same tables, indexes and upgrade step',
    (version, shipped) => {
      const live = schemaVersions[version - 1];
      expect(
        { version, stores: live?.stores, upgrade: live?.upgrade !== undefined },
        `version ${version} has shipped: never edit it, add a new version at the end of src-shared/schema/versions.ts`,
      ).toEqual(shipped);
    },
  );

  it('has a snapshot of versions 1, 2, 3 … in order, and none dropped from the live list', () => {
    expect(shippedSnapshot.map((shipped) => shipped.version)).toEqual(
      shippedSnapshot.map((_, index) => index + 1),
    );
    expect(schemaVersions.length).toBeGreaterThanOrEqual(shippedSnapshot.length);
  });

  it('backs up exactly the tables of the current version', () => {
    expect([...backupTables].sort()).toEqual(tablesAt(schemaVersions, SCHEMA_VERSION).sort());
  });
});
