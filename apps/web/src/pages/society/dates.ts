/** Dates and times as the dashboard shows them (2026-03-01), in the federation's zone. */
const ZONE = 'Asia/Shanghai';

const parts = (iso: string, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, hourCycle: 'h23', ...options })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );

/** 2026-03-01 */
export function dayOf(iso: string): string {
  const p = parts(iso, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2026-03-01 18:00 */
export function timeOf(iso: string): string {
  const p = parts(iso, { hour: '2-digit', minute: '2-digit' });
  return `${dayOf(iso)} ${p.hour}:${p.minute}`;
}

/** The end of a day in the federation's zone (23:59 Beijing time), as an instant. */
export function endOfDay(day: string): string {
  return `${day}T23:59:00+08:00`;
}

/** Today in the federation's zone. */
export function today(): string {
  return dayOf(new Date().toISOString());
}
