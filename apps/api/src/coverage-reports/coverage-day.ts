import { dayNumber } from '../reports/report-clock';

const MS_PER_DAY = 86_400_000;

/** What a wall clock in the time zone shows at an instant, read as if it were UTC. */
function wallClock(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

/**
 * The last instant of a calendar day in a time zone: what had been recorded by the end of
 * that day. The zone's offset is read at the next midnight, which is exact for zones without
 * daylight saving (the federation's, Asia/Shanghai) and within the shift's hour otherwise.
 */
export function endOfDayIn(date: string, timeZone: string): Date {
  const nextMidnightUtc = (dayNumber(date) + 1) * MS_PER_DAY;
  const offset = wallClock(nextMidnightUtc, timeZone) - nextMidnightUtc;
  return new Date(nextMidnightUtc - offset - 1);
}
