import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { statuses, trajectoryKinds, type Status } from '../../../src-shared/domain/codes';
import { useDatabase } from '../../app/database-context';
import { allCandidates } from '../../data/candidate-repository';
import { allEmployers } from '../../data/employer-repository';
import { loadSettings } from '../../data/settings-repository';
import { allTrajectories } from '../../data/trajectory-repository';
import { formatDate } from '../../ui/format';
import { useShortcut } from '../../ui/use-shortcut';
import {
  buildCandidateRows,
  filterRows,
  sortRows,
  type CandidateRow,
  type RowFilter,
  type RowSort,
  type SortKey,
} from './candidate-rows';
import { CandidateListExport } from '../spreadsheet/ExportButtons';
import { useCandidateList } from './list-store';
import { NewCandidateDialog } from './NewCandidateDialog';

/**
 * The columns' widths are in styles.css (.candidate-columns): on a narrow window (200 % zoom) the
 * columns marked `wideOnly` give way, so the ones left stay readable instead of all being cut.
 */
const columns: { key: SortKey; label: string; wideOnly?: true }[] = [
  { key: 'name', label: 'candidates.columns.name' },
  { key: 'status', label: 'candidates.columns.status' },
  { key: 'employer', label: 'candidates.columns.employer' },
  { key: 'startedOn', label: 'candidates.columns.startedOn', wideOnly: true },
  { key: 'endOn', label: 'candidates.columns.endOn' },
  { key: 'coach', label: 'candidates.columns.coach', wideOnly: true },
];
const wideOnly = (key: SortKey) =>
  columns.find((column) => column.key === key)?.wideOnly ? 'wide-only' : undefined;
const ROW_HEIGHT = 44;

/**
 * The screen in parts that each read only their own slice of the list's state: a keystroke renders
 * the search field and the table, not the header, the filter choices or the dialog (at 10,000
 * candidates their translations and options were a third of a keystroke, issue 18).
 */
export function CandidatesScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const all = useLiveQuery(async () => {
    const [candidates, trajectories, employers, settings] = await Promise.all([
      allCandidates(db),
      allTrajectories(db),
      allEmployers(db),
      loadSettings(db),
    ]);
    return buildCandidateRows(candidates, trajectories, employers, settings.organisationName);
  }, [db]);
  const openCandidate = useCallback((id: string) => navigate(`/kandidaten/${id}`), [navigate]);

  useShortcut(['/', 'mod+k'], () => searchRef.current?.focus());
  useShortcut(['mod+n'], () => setCreating(true));

  return (
    <section className="page wide" aria-labelledby="candidates-title">
      <div className="page-header">
        <h1 id="candidates-title">{t('candidates.title')}</h1>
        <div className="page-actions">
          <Link href="/kandidaten/importeren" className="button">
            {t('spreadsheet.import.open')}
          </Link>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('candidates.new')}
          </button>
        </div>
      </div>
      <div className="toolbar" role="search">
        <SearchField inputRef={searchRef} />
        <ListFilters all={all} />
      </div>
      <CandidateTable all={all} onOpen={openCandidate} />
      <NewCandidateDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(id) => navigate(`/kandidaten/${id}`)}
      />
    </section>
  );
}

function SearchField({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const query = useCandidateList((state) => state.filter.query);
  const setFilter = useCandidateList((state) => state.setFilter);
  return (
    <label className="search">
      <span className="visually-hidden">{t('candidates.search')}</span>
      <input
        ref={inputRef}
        type="search"
        placeholder={t('candidates.searchPlaceholder')}
        value={query}
        onChange={(event) => setFilter({ query: event.target.value })}
      />
    </label>
  );
}

/** The choices beside the search field: rendered again when a choice or the data changes. */
const ListFilters = memo(function ListFilters({ all }: { all: CandidateRow[] | undefined }) {
  const { t } = useTranslation();
  const { status, kind, employer, year, showAnonymised, setFilter } = useCandidateList(
    useShallow(({ filter, setFilter }) => ({
      status: filter.status,
      kind: filter.kind,
      employer: filter.employer,
      year: filter.year,
      showAnonymised: filter.showAnonymised,
      setFilter,
    })),
  );
  const employerOptions = useMemo(
    () => distinctValues(all ?? [], (row) => row.employer).sort(),
    [all],
  );
  const yearOptions = useMemo(
    () =>
      distinctValues(all ?? [], (row) => row.year)
        .sort()
        .reverse(),
    [all],
  );
  return (
    <>
      <FilterSelect
        label={t('candidates.filters.status')}
        value={status}
        options={statuses.map((code) => [code, t(`codes.status.${code}`)])}
        onChange={(value) => setFilter({ status: value as RowFilter['status'] })}
      />
      <FilterSelect
        label={t('candidates.filters.kind')}
        value={kind}
        options={trajectoryKinds.map((code) => [code, t(`codes.kind.${code}`)])}
        onChange={(value) => setFilter({ kind: value as RowFilter['kind'] })}
      />
      <FilterSelect
        label={t('candidates.filters.employer')}
        value={employer}
        options={employerOptions.map((name) => [name, name])}
        onChange={(value) => setFilter({ employer: value })}
      />
      <FilterSelect
        label={t('candidates.filters.year')}
        value={String(year)}
        options={yearOptions.map((value) => [String(value), String(value)])}
        onChange={(value) => setFilter({ year: value === 'all' ? 'all' : Number(value) })}
      />
      <label className="checkbox filter">
        <input
          type="checkbox"
          checked={showAnonymised}
          onChange={(event) => setFilter({ showAnonymised: event.target.checked })}
        />
        {t('candidates.filters.showAnonymised')}
      </label>
    </>
  );
});

/** The count, the export of what is shown and the virtualised table: what a keystroke changes. */
function CandidateTable({
  all,
  onOpen,
}: {
  all: CandidateRow[] | undefined;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { filter, sort } = useCandidateList(useShallow(({ filter, sort }) => ({ filter, sort })));
  const scrollRef = useRef<HTMLDivElement>(null);
  // Sorted once per data or sort change; a keystroke only filters the sorted rows (filtering
  // keeps their order), so typing never waits for a sort.
  const sorted = useMemo(() => sortRows(all ?? [], sort), [all, sort]);
  const rows = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  // Once per language, not per visible row per keystroke.
  const statusLabels = useMemo(
    () => Object.fromEntries(statuses.map((status) => [status, t(`codes.status.${status}`)])),
    [t],
  ) as Record<Status, string>;
  const plannedLabel = t('candidates.planned');

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  // Back to the top on a new filter. Only when scrolled: scrollToOffset reads the list's height,
  // which makes the browser lay out the new rows in the middle of the keystroke.
  useEffect(() => {
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [filter, virtualizer]);

  return (
    <>
      <CandidateListExport rows={rows} />
      <p className="muted count" aria-live="polite">
        {all === undefined
          ? t('common.loading')
          : t('candidates.count', { count: rows.length, total: all.length })}
      </p>
      {all !== undefined && all.length === 0 ? (
        <div className="empty-state">
          <h2>{t('candidates.emptyTitle')}</h2>
          <p>{t('candidates.emptyBody')}</p>
        </div>
      ) : (
        <div
          className="data-table"
          role="table"
          aria-label={t('candidates.title')}
          aria-rowcount={rows.length + 1}
        >
          <ColumnHeaders sort={sort} />
          <div ref={scrollRef} className="data-body" role="rowgroup">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index];
                return row ? (
                  <CandidateListRow
                    key={row.id}
                    row={row}
                    index={item.index}
                    top={item.start}
                    statusLabel={statusLabels[row.status]}
                    plannedLabel={plannedLabel}
                    onOpen={onOpen}
                  />
                ) : null;
              })}
            </div>
          </div>
        </div>
      )}
    </>
  );
}

const ColumnHeaders = memo(function ColumnHeaders({ sort }: { sort: RowSort }) {
  const { t } = useTranslation();
  const sortBy = useCandidateList((state) => state.sortBy);
  return (
    <div role="rowgroup">
      <div role="row" className="data-row head candidate-columns">
        {columns.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            className={wideOnly(column.key)}
            aria-sort={sort.key === column.key ? sort.direction : 'none'}
          >
            <button type="button" className="sort" onClick={() => sortBy(column.key)}>
              {t(column.label as 'candidates.columns.name')}
              <span aria-hidden="true">
                {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          </div>
        ))}
      </div>
    </div>
  );
});

/** A column's distinct filled-in values, for a filter's choices (no array per row: 100,000 rows). */
function distinctValues<T>(rows: readonly CandidateRow[], value: (row: CandidateRow) => T | null) {
  const values = new Set<T>();
  for (const row of rows) {
    const cell = value(row);
    if (cell) values.add(cell);
  }
  return [...values];
}

/**
 * One row of the table. Memoised: a keystroke that keeps a row on screen at the same place does
 * not render it again.
 */
const CandidateListRow = memo(function CandidateListRow({
  row,
  index,
  top,
  statusLabel,
  plannedLabel,
  onOpen,
}: {
  row: CandidateRow;
  index: number;
  top: number;
  statusLabel: string;
  plannedLabel: string;
  onOpen: (id: string) => void;
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="data-row candidate-columns"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onDoubleClick={() => onOpen(row.id)}
    >
      <div role="cell">
        <Link href={`/kandidaten/${row.id}`} className="row-link">
          {row.name}
        </Link>
      </div>
      <div role="cell">
        <span className={`badge status-${row.status}`}>{statusLabel}</span>
      </div>
      <div role="cell">{row.employer ?? '—'}</div>
      <div role="cell" className={wideOnly('startedOn')}>
        {formatDate(row.startedOn)}
      </div>
      <div role="cell">
        {formatDate(row.endOn)}
        {row.endOn && row.endIsPlanned && <span className="muted"> ({plannedLabel})</span>}
      </div>
      <div role="cell" className={wideOnly('coach')}>
        {row.coach ?? '—'}
      </div>
    </div>
  );
});

function FilterSelect(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="all">{t('candidates.filters.all')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
