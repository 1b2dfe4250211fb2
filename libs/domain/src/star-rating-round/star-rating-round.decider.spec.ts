import { specFor } from '../shared/decider.testing';
import { starsForTotal } from './star-rating-round.criteria';
import { starRatingRoundDecider } from './star-rating-round.decider';
import type { StarRatingRoundEvent } from './star-rating-round.events';
import { CRITERIA, THRESHOLDS } from './star-rating-round.testing';

const spec = specFor(starRatingRoundDecider);
const roundId = 'round-2025';
const definition = {
  roundId,
  year: 2025,
  title: '2025年度星级学会党组织评定',
  criteria: CRITERIA,
  thresholds: THRESHOLDS,
};
const drafted: StarRatingRoundEvent = { type: 'StarRatingRoundDrafted', data: definition };
const opened: StarRatingRoundEvent = { type: 'StarRatingRoundOpened', data: { roundId } };
const reviewStarted: StarRatingRoundEvent = { type: 'StarRatingReviewStarted', data: { roundId } };
const published: StarRatingRoundEvent = {
  type: 'StarRatingRoundPublished',
  data: { roundId, publishedOn: '2026-03-20', societyIds: ['society-1', 'society-2'] },
};

describe('star rating round decider', () => {
  describe('DraftStarRatingRound', () => {
    it('drafts a round with its criteria and thresholds, trimming the texts', () =>
      spec
        .given()
        .when({
          type: 'DraftStarRatingRound',
          ...definition,
          title: ' 2025年度星级学会党组织评定\u3000',
          criteria: CRITERIA.map((item) => ({ ...item, code: ` ${item.code}` })),
        })
        .then([drafted]));

    it('refuses to draft the same round twice', () =>
      spec
        .given([drafted])
        .when({ type: 'DraftStarRatingRound', ...definition })
        .thenFails('STAR_RATING_ROUND.ALREADY_EXISTS'));

    it('refuses a year that is not a whole number in range', () =>
      spec
        .given()
        .when({ type: 'DraftStarRatingRound', ...definition, year: 2025.5 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'year'));

    it('refuses a round without criteria', () =>
      spec
        .given()
        .when({ type: 'DraftStarRatingRound', ...definition, criteria: [], thresholds: THRESHOLDS })
        .thenFails('LIST.LENGTH_OUT_OF_RANGE', 'criteria'));

    it('refuses two criteria with the same code', () =>
      spec
        .given()
        .when({
          type: 'DraftStarRatingRound',
          ...definition,
          criteria: [...CRITERIA, { ...(CRITERIA[0] as (typeof CRITERIA)[0]), maxPoints: 5 }],
        })
        .thenFails('STAR_RATING_ROUND.CRITERION_CODE_REPEATED', 'criteria[4].code'));

    it('refuses an item without a category or with maximum points that are not whole', () => {
      const withItem = (item: Partial<(typeof CRITERIA)[0]>) =>
        spec.given().when({
          type: 'DraftStarRatingRound',
          ...definition,
          criteria: [{ ...(CRITERIA[0] as (typeof CRITERIA)[0]), ...item }, ...CRITERIA.slice(1)],
        });
      withItem({ category: ' ' }).thenFails('TEXT.EMPTY', 'criteria[0].category');
      withItem({ maxPoints: 0 }).thenFails('NUMBER.OUT_OF_RANGE', 'criteria[0].maxPoints');
      withItem({ maxPoints: 2.5 }).thenFails('NUMBER.OUT_OF_RANGE', 'criteria[0].maxPoints');
    });

    it('refuses thresholds that are not eight, do not strictly increase or cannot be reached', () => {
      const draftWith = (thresholds: number[]) =>
        spec.given().when({ type: 'DraftStarRatingRound', ...definition, thresholds });
      draftWith(THRESHOLDS.slice(1)).thenFails(
        'STAR_RATING_ROUND.THRESHOLDS_NOT_EIGHT',
        'thresholds',
      );
      draftWith([30, 40, 50, 50, 70, 80, 90, 95]).thenFails(
        'STAR_RATING_ROUND.THRESHOLDS_NOT_INCREASING',
        'thresholds[3]',
      );
      draftWith([30, 40, 50, 60, 70, 80, 90, 101]).thenFails(
        'STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM',
        'thresholds[7]',
      );
    });
  });

  describe('AmendStarRatingRound', () => {
    it('amends a draft and records the whole definition after the change', () =>
      spec
        .given([drafted])
        .when({
          type: 'AmendStarRatingRound',
          roundId,
          thresholds: [20, 30, 40, 50, 60, 70, 80, 90],
        })
        .then([
          {
            type: 'StarRatingRoundAmended',
            data: { ...definition, thresholds: [20, 30, 40, 50, 60, 70, 80, 90] },
          },
        ]));

    it('checks the kept thresholds against new criteria', () =>
      spec
        .given([drafted])
        .when({ type: 'AmendStarRatingRound', roundId, criteria: CRITERIA.slice(0, 2) })
        .thenFails('STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM', 'thresholds[3]'));

    it('does nothing when nothing changes', () =>
      spec
        .given([drafted])
        .when({
          type: 'AmendStarRatingRound',
          roundId,
          title: definition.title,
          criteria: CRITERIA,
        })
        .thenNothing());

    it('refuses to change criteria or thresholds once the round is open', () =>
      spec
        .given([drafted, opened])
        .when({ type: 'AmendStarRatingRound', roundId, thresholds: THRESHOLDS })
        .thenFails('STAR_RATING_ROUND.NOT_DRAFT'));

    it('refuses an unknown round', () =>
      spec
        .given()
        .when({ type: 'AmendStarRatingRound', roundId, title: '新标题' })
        .thenFails('STAR_RATING_ROUND.NOT_FOUND'));
  });

  describe('the life cycle', () => {
    it('opens a draft, starts the review of an open round and closes a published one', () => {
      spec.given([drafted]).when({ type: 'OpenStarRatingRound', roundId }).then([opened]);
      spec
        .given([drafted, opened])
        .when({ type: 'StartStarRatingReview', roundId })
        .then([reviewStarted]);
      spec
        .given([drafted, opened, reviewStarted, published])
        .when({ type: 'CloseStarRatingRound', roundId })
        .then([{ type: 'StarRatingRoundClosed', data: { roundId } }]);
    });

    it('refuses to skip a step', () => {
      spec
        .given([drafted])
        .when({ type: 'StartStarRatingReview', roundId })
        .thenFails('STAR_RATING_ROUND.NOT_OPEN');
      spec
        .given([drafted, opened])
        .when({
          type: 'PublishStarRatingRound',
          roundId,
          publishedOn: '2026-03-20',
          societyIds: ['s'],
        })
        .thenFails('STAR_RATING_ROUND.NOT_IN_REVIEW');
      spec
        .given([drafted, opened, reviewStarted])
        .when({ type: 'CloseStarRatingRound', roundId })
        .thenFails('STAR_RATING_ROUND.NOT_PUBLISHED');
      spec
        .given([drafted, opened])
        .when({ type: 'OpenStarRatingRound', roundId })
        .thenFails('STAR_RATING_ROUND.NOT_DRAFT');
    });
  });

  describe('PublishStarRatingRound', () => {
    const publish = (publishedOn: string, societyIds: string[]) =>
      spec
        .given([drafted, opened, reviewStarted])
        .when({ type: 'PublishStarRatingRound', roundId, publishedOn, societyIds });

    it('publishes the decided societies on the day given', () =>
      publish('2026-03-20', ['society-1', 'society-2']).then([published]));

    it('refuses to publish a round in which no society was decided', () =>
      publish('2026-03-20', []).thenFails('STAR_RATING_ROUND.NOTHING_TO_PUBLISH', 'societyIds'));

    it('refuses a publication date that does not exist and a society listed twice', () => {
      publish('2026-02-30', ['s']).thenFails('DATE.INVALID', 'publishedOn');
      publish('2026-03-20', ['s', 't', 's']).thenFails('LIST.REPEATED', 'societyIds[2]');
    });
  });

  it('the evolved state keeps the definition and the publication', () => {
    const events = [drafted, opened, reviewStarted, published];
    const state = events.reduce(
      starRatingRoundDecider.evolve,
      starRatingRoundDecider.initialState(),
    );
    expect(state).toEqual({
      status: 'published',
      year: 2025,
      title: definition.title,
      criteria: CRITERIA,
      thresholds: THRESHOLDS,
      publishedOn: '2026-03-20',
      publishedSocietyIds: ['society-1', 'society-2'],
    });
  });
});

describe('stars for a total', () => {
  it('gives the highest star whose least total is reached, and 0 below the first', () => {
    expect(starsForTotal(THRESHOLDS, 29.5)).toBe(0);
    expect(starsForTotal(THRESHOLDS, 30)).toBe(1);
    expect(starsForTotal(THRESHOLDS, 71.5)).toBe(5);
    expect(starsForTotal(THRESHOLDS, 94.99)).toBe(7);
    expect(starsForTotal(THRESHOLDS, 100)).toBe(8);
  });
});
