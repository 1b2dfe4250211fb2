/**
 * What the society's pages of the yearly cycle share: the names of the kinds of meetings,
 * days and quarters in the federation's time zone, rates as percentages, and the society
 * of the person signed in.
 */
import type { Ref } from 'vue';
import { ApiError } from '../../api';
import { messageOf } from '../../errors';
import { session } from '../../session';

export const LIFE_KINDS = {
  'member-assembly': '党员大会',
  'committee-meeting': '支委会（党委会）',
  'group-meeting': '党小组会',
  'party-lecture': '党课',
  'theme-day': '主题党日',
} as const;
export type LifeKind = keyof typeof LIFE_KINDS;
export const LIFE_KIND_CODES = Object.keys(LIFE_KINDS) as LifeKind[];

const ZONE = 'Asia/Shanghai';

/** Today in the federation's zone, as YYYY-MM-DD (meetings are dated there). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** The day of an instant in the federation's zone, as YYYY-MM-DD. */
export function dayOf(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(instant));
}

export function quarterOf(day: string): { year: number; quarter: number } {
  const [year, month] = day.split('-').map(Number);
  return { year: year!, quarter: Math.ceil(month! / 3) };
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** The society the signed-in secretary acts for; null for anyone else. */
export function ownSociety(): string | null {
  return session.value?.account.societyId ?? null;
}

/** Someone else changed the record since the page read it: the page offers to reload. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 409);
}

/** A number typed in a field, or the text as typed so that the API names what is wrong. */
export function numberOf(text: string | number): number | string {
  if (typeof text === 'number') return text;
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** A write that tells `stale` whether it failed because someone else changed the record first. */
export async function staleAware<T>(
  write: () => Promise<T>,
  stale: (changed: boolean) => void,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    stale(isStale(error));
    throw error;
  }
}

/** Reads a page's content: `loading` meanwhile, and what went wrong in `problem`. */
export async function whileReading(
  loading: Ref<boolean>,
  problem: Ref<string>,
  read: () => Promise<void>,
): Promise<void> {
  loading.value = true;
  problem.value = '';
  try {
    await read();
  } catch (error) {
    problem.value = messageOf(error);
  } finally {
    loading.value = false;
  }
}
