import { useLiveQuery } from 'dexie-react-hooks';
import { issueRefusal } from '../../../src-shared/domain/certificate';
import { useDatabase } from '../../app/database-context';
import { loadSettings } from '../../data/settings-repository';

/**
 * Why a certificate cannot be issued now (organisation or signatory missing in Instellingen),
 * or null; undefined while loading. The screens say it before the coach presses the button; the
 * repository refuses as well.
 */
export function useIssueRefusal(): string | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const settings = await loadSettings(db);
    return issueRefusal({
      organisation: { name: settings.organisationName, place: null },
      signatory: { name: settings.signatoryName, function: null },
    });
  }, [db]);
}
