/**
 * Schema upgrades as pure functions over rows, so the live database (Dexie's upgrade transaction)
 * and the restore of an older backup run the very same steps and end with the same rows.
 * No Dexie here: this module is shared by the renderer and the backup parser.
 */

/** One stored record, as IndexedDB keeps it (bytes stay Uint8Array). */
export type Row = Record<string, unknown>;

/** Every table of one schema version: table name → its rows. */
export type TableRows = Record<string, Row[]>;

export interface SchemaVersion {
  /**
   * Dexie store declarations this version adds or changes ('primary key, index, ...'); null
   * deletes a table. Tables not named keep their declaration from the version before.
   */
  stores: Record<string, string | null>;
  /**
   * Turns the rows of the previous version into rows of this one. Pure: it gets every table of the
   * previous version (empty ones as []) and returns the tables of this version it fills (a table it
   * leaves out is empty afterwards). No clock, no randomness, no database: both paths must agree.
   */
  upgrade?: (tables: TableRows) => TableRows;
}

/** An upgrade step threw: the database or backup stays as it was. */
export class SchemaUpgradeError extends Error {
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`schema-upgrade-failed:${version}`, { cause });
    this.name = 'SchemaUpgradeError';
  }
}

/** The tables that exist at `version` (0: none). */
export function tablesAt(versions: readonly SchemaVersion[], version: number): string[] {
  const declared = new Map<string, string | null>();
  for (const { stores } of versions.slice(0, version)) {
    for (const [table, spec] of Object.entries(stores)) declared.set(table, spec);
  }
  return [...declared].filter(([, spec]) => spec !== null).map(([table]) => table);
}

/** Exactly these tables, a missing one as []; only own properties of (possibly foreign) input. */
function pick(tables: TableRows, names: readonly string[]): TableRows {
  return Object.fromEntries(
    names.map((name) => [name, Object.hasOwn(tables, name) ? (tables[name] ?? []) : []]),
  );
}

/** Rows of `version - 1` → rows of `version`, by that version's step (if it has one). */
export function upgradeStep(
  versions: readonly SchemaVersion[],
  version: number,
  tables: TableRows,
): TableRows {
  const before = pick(tables, tablesAt(versions, version - 1));
  const step = versions[version - 1]?.upgrade;
  if (!step) return pick(before, tablesAt(versions, version));
  try {
    return pick(step(before), tablesAt(versions, version));
  } catch (error) {
    throw new SchemaUpgradeError(version, error);
  }
}

export type UpgradeResult =
  | { ok: true; tables: TableRows }
  | { ok: false; refused: 'damaged' | 'too-new' | 'too-old' }
  | { ok: false; refused: 'step-failed'; version: number };

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTableRows = (value: unknown): value is TableRows =>
  isRow(value) && Object.values(value).every((rows) => Array.isArray(rows) && rows.every(isRow));

/**
 * Brings rows written at schema version `from` up to the last version of `versions`, step by
 * step; rows already at that version come back as they are. Checks only the shape (tables of
 * rows): the content is checked afterwards with the current domain schemas.
 */
export function upgradeTables(
  tables: unknown,
  from: number,
  versions: readonly SchemaVersion[],
): UpgradeResult {
  if (!isTableRows(tables) || !Number.isInteger(from)) return { ok: false, refused: 'damaged' };
  if (from > versions.length) return { ok: false, refused: 'too-new' };
  // Every version from the first can be upgraded; a number below it is none Instap ever wrote.
  if (from < 1) return { ok: false, refused: 'too-old' };

  let rows = pick(tables, tablesAt(versions, from));
  try {
    for (let version = from + 1; version <= versions.length; version++) {
      rows = upgradeStep(versions, version, rows);
    }
  } catch (error) {
    if (error instanceof SchemaUpgradeError) {
      return { ok: false, refused: 'step-failed', version: error.version };
    }
    throw error;
  }
  return { ok: true, tables: rows };
}
