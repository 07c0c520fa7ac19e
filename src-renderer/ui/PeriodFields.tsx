import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../src-shared/figures';

/**
 * From, up to and including, and the reference date: the choice behind every figure, export and
 * regional view. An emptied date field keeps the last valid date.
 */
export function PeriodFields(props: {
  period: Period;
  referenceDate: string;
  onPeriod: (period: Period) => void;
  onReferenceDate: (date: string) => void;
  /** Extra controls before the dates, e.g. a year preset. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const date = (
    label: string,
    value: string,
    onChange: (value: string) => void,
    title?: string,
  ) => (
    <label className="filter">
      <span>{label}</span>
      <input
        type="date"
        value={value}
        title={title}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      />
    </label>
  );
  return (
    <div className="toolbar period-picker">
      {props.children}
      {date(t('results.from'), props.period.from, (from) =>
        props.onPeriod({ ...props.period, from }),
      )}
      {date(t('results.to'), props.period.to, (to) => props.onPeriod({ ...props.period, to }))}
      {date(
        t('results.referenceDate'),
        props.referenceDate,
        props.onReferenceDate,
        t('results.referenceHint'),
      )}
    </div>
  );
}
