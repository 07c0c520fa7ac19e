import { useTranslation } from 'react-i18next';
import { saveOrTell } from './save-or-tell';

/** "Wijzigen" and × beside an item of a list; a failed removal says why. */
export function ItemActions(props: {
  editLabel: string;
  /** Names the item for screen readers: "Verwijderen: HACCP". */
  itemName: string;
  onEdit: () => void;
  onRemove: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button small" onClick={props.onEdit}>
        {props.editLabel}
      </button>
      <button
        type="button"
        className="button small icon"
        aria-label={`${t('trajectory.remove')}: ${props.itemName}`}
        onClick={() => void saveOrTell(props.onRemove)}
      >
        ×
      </button>
    </>
  );
}
