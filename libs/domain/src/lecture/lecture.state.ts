/** 现场, 线上, and 线上线下结合 (held on site and streamed at once). */
export const LECTURE_FORMATS = ['onsite', 'online', 'hybrid'] as const;
export type LectureFormat = (typeof LECTURE_FORMATS)[number];

export type LectureStatus = 'scheduled' | 'delivered' | 'confirmed' | 'cancelled';

/** The ids every lecture event carries. */
export interface LectureIds {
  lectureId: string;
  campaignId: string;
  societyId: string;
  lecturerId: string;
}

export type LectureState =
  | { readonly status: 'none' }
  | (LectureIds & {
      readonly status: LectureStatus;
      readonly scheduledAt: string;
      readonly format: LectureFormat;
      readonly place: string | null;
      /** Returned for more detail and not yet revised. */
      readonly returned: boolean;
    });
