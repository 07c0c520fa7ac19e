import type { TFunction } from 'i18next';
import type { RetentionDue } from '../../../src-shared/domain/retention';
import { formatDate } from '../../ui/format';

/** "laatste traject beëindigd op 28-06-2019; bewaartermijn verlopen op 28-06-2021". */
export function retentionReason(t: TFunction, entry: RetentionDue): string {
  return t(`privacy.reason.${entry.reason}`, {
    since: formatDate(entry.since),
    expired: formatDate(entry.expiredOn),
  });
}
