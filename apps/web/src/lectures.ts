/**
 * Lectures as the pages read them (GET /lectures, GET /lectures/{id}), their labels in
 * the committee's words, and the federation's clock: every time is shown and entered in
 * Asia/Shanghai, which keeps UTC+8 all year (no daylight saving), so an instant is a
 * local date and time with `+08:00`.
 */
import { actionKey, ApiError, get, post } from './api';

export type LectureStatus = 'scheduled' | 'delivered' | 'confirmed' | 'cancelled';
export type LectureFormat = 'onsite' | 'online' | 'hybrid';

/** A file POST /files kept, as a record names it. */
export interface StoredFile {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

/** A record's evidence: a kept file, or a reference written before files were kept (no hash). */
export type Evidence =
  | StoredFile
  | { readonly sha256: null; readonly name: string; readonly mediaType: null; readonly size: null };

export interface Delivery {
  readonly deliveredOn: string;
  readonly partyMemberAudience: number;
  readonly otherAudience: number;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

export interface Lecture {
  readonly id: string;
  readonly campaignId: string;
  readonly societyId: string;
  readonly lecturerId: string;
  readonly topic: string;
  readonly status: LectureStatus;
  readonly scheduledAt: string;
  readonly format: LectureFormat;
  readonly place: string | null;
  readonly delivery: Delivery | null;
  readonly returnedFor: string | null;
  readonly cancelReason: string | null;
  readonly reschedules: number;
  readonly version: number;
}

/** What a write answers: the stream's new version, to read the view at least that fresh. */
export interface Outcome {
  readonly id: string;
  readonly version: number;
}

export const FORMATS: Record<LectureFormat, string> = {
  onsite: '现场',
  online: '线上',
  hybrid: '线上线下结合',
};

/** A delivered record returned for more detail is still `delivered`; it waits for the liaison. */
export function statusLabel(lecture: Pick<Lecture, 'status' | 'returnedFor'>): string {
  if (lecture.status === 'delivered' && lecture.returnedFor) return '已退回补充';
  return { scheduled: '待宣讲', delivered: '待确认', confirmed: '已确认', cancelled: '已取消' }[
    lecture.status
  ];
}

export function statusTone(lecture: Pick<Lecture, 'status' | 'returnedFor'>): string {
  if (lecture.status === 'delivered') return lecture.returnedFor ? 'red' : 'yellow';
  return lecture.status === 'confirmed' ? 'green' : '';
}

export const ZONE = 'Asia/Shanghai';

const LOCAL = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant as `YYYY-MM-DDTHH:mm` in the federation's zone (a datetime-local value). */
export function localDateTime(instant: string): string {
  const parts = Object.fromEntries(
    LOCAL.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local value, read in the federation's zone, as an ISO instant. */
export function instantOf(local: string): string {
  return local ? `${local}:00+08:00` : '';
}

/** As the dashboard shows times: 2026-03-01 09:30. */
export function showTime(instant: string): string {
  return localDateTime(instant).replace('T', ' ');
}

/** A write refused because the record changed since the page read it (412, or 409 on a race). */
export function isStale(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 412 || (error.status === 409 && error.code.startsWith('STREAM.')))
  );
}

/** Reads one lecture, at least as fresh as `version` (the one a write of the page answered). */
export function readLecture(id: string, version?: number): Promise<Lecture> {
  return get<Lecture>(`/lectures/${id}${version ? `?minVersion=${version}` : ''}`);
}

/**
 * Sends one change of a lecture (`/lectures/{id}/{action}`) with the version the page read
 * and a key of its own; `onStale` hears that someone else changed the lecture first.
 */
export async function writeLecture(
  lecture: Pick<Lecture, 'id' | 'version'>,
  action: string,
  body: object | undefined,
  onStale: () => void,
): Promise<Outcome> {
  try {
    return await post<Outcome>(`/lectures/${lecture.id}/${action}`, body, {
      version: lecture.version,
      idempotencyKey: actionKey(),
    });
  } catch (error) {
    if (isStale(error)) onStale();
    throw error;
  }
}
