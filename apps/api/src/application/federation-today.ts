import type { Runtime } from '@pb/platform';
import { dateIn } from '../reports/report-clock';

/** Today in the federation's time zone: the date overdue is computed against when read. */
export function federationToday(runtime: Runtime): string {
  return dateIn(new Date(), runtime.config.timeZone);
}
