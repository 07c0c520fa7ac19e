import { useTranslation } from 'react-i18next';

/**
 * The programme filter of Resultaten, Regio and the export: every record, or one programme's
 * (labels as the records carry them). Hidden while no record has a programme and none is chosen.
 */
export function ProgrammeFilter(props: {
  programmes: readonly string[];
  value: string | null;
  onChange: (programme: string | null) => void;
}) {
  const { t } = useTranslation();
  if (props.programmes.length === 0 && props.value === null) return null;
  const choices =
    props.value === null || props.programmes.includes(props.value)
      ? props.programmes
      : [props.value, ...props.programmes];
  return (
    <label className="filter">
      <span>{t('results.programme')}</span>
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{t('results.allProgrammes')}</option>
        {choices.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
