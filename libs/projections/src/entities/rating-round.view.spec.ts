import type { StarRatingRoundEvent } from '@pb/domain';
import {
  CRITERIA,
  THRESHOLDS,
} from '../../../domain/src/star-rating-round/star-rating-round.testing';
import { projectEvents } from './entity-projection.testing';
import { ratingRoundProjection } from './rating-round.view';

const roundId = '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d';
const definition = {
  roundId,
  year: 2025,
  title: '2025年度星级学会党组织评定',
  criteria: CRITERIA,
  thresholds: THRESHOLDS,
};

const project = (events: readonly StarRatingRoundEvent[]) =>
  projectEvents(ratingRoundProjection, `rating-round-${roundId}`, events);

describe('the rating round view', () => {
  it('follows the round through its life cycle with the time of each step', () => {
    const view = project([
      { type: 'StarRatingRoundDrafted', data: definition },
      { type: 'StarRatingRoundAmended', data: { ...definition, title: '2025年度评定' } },
      { type: 'StarRatingRoundOpened', data: { roundId } },
      { type: 'StarRatingReviewStarted', data: { roundId } },
      {
        type: 'StarRatingRoundPublished',
        data: { roundId, publishedOn: '2026-05-20', societyIds: ['s1', 's2'] },
      },
    ]);
    expect(view).toEqual({
      _id: roundId,
      _version: 5,
      _position: { seq: 5, index: 0 },
      roundId,
      year: 2025,
      title: '2025年度评定',
      status: 'published',
      criteria: CRITERIA,
      thresholds: THRESHOLDS,
      maximumTotal: 100,
      publishedOn: '2026-05-20',
      publishedSocietyIds: ['s1', 's2'],
      openedAt: '2026-03-01T08:00:00.000Z',
      reviewStartedAt: '2026-04-01T08:00:00.000Z',
      publishedAt: '2026-05-01T08:00:00.000Z',
      closedAt: null,
      version: 5,
      createdAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-05-01T08:00:00.000Z',
    });
  });

  it('ignores a step of a round it never saw drafted', () => {
    expect(project([{ type: 'StarRatingRoundOpened', data: { roundId } }])).toBeNull();
  });
});
