import type { StarRatingEvent } from '@pb/domain';
import {
  decided,
  SELF_AND_TWO_REVIEWS,
  selfAssessed,
  subject,
} from '../../../domain/src/star-rating/star-rating.testing';
import { projectEvents } from './entity-projection.testing';
import { starRatingProjection } from './star-rating.view';

const streamId = `star-rating-${subject.ratingId}`;

const project = (events: readonly StarRatingEvent[]) =>
  projectEvents(starRatingProjection, streamId, events);

describe('the star rating view', () => {
  it('keeps every self-assessment submitted, the reviews, their mean by category and the flags progress counts', () => {
    const view = project([selfAssessed('secretary-1', [10, 10, 10, 10]), ...SELF_AND_TWO_REVIEWS]);
    expect(view).toMatchObject({
      _id: subject.ratingId,
      roundId: subject.roundId,
      societyId: subject.societyId,
      submissions: [
        { authorId: 'secretary-1', total: 40, submittedAt: '2026-01-01T08:00:00.000Z' },
        { authorId: 'secretary-1', total: 83, submittedAt: '2026-02-01T08:00:00.000Z' },
      ],
      selfAssessed: true,
      reviewed: true,
      reviewCount: 2,
      decided: false,
      decision: null,
      version: 4,
      createdAt: '2026-01-01T08:00:00.000Z',
    });
    expect(view?.totals.reviewed).toEqual({
      total: 71.5,
      byCategory: { 组织建设: 15.5, 思想政治引领: 21.5, 作用发挥: 20, 制度建设: 14.5 },
    });
  });

  it('opens with a decision made without a word, and records when it was decided', () => {
    const view = project([decided(0, 0)]);
    expect(view).toMatchObject({
      selfAssessed: false,
      reviewed: false,
      decided: true,
      currentStars: 0,
      decidedAt: '2026-01-01T08:00:00.000Z',
      submissions: [],
    });
  });
});
