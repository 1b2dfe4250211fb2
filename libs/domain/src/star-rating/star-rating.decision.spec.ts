import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { StarRatingRoundStatus } from '../star-rating-round/star-rating-round.state';
import type { AdjustStars, DecideStars, WithdrawStars } from './star-rating.commands';
import { starRatingDecider } from './star-rating.decider';
import type { StarRatingEvent } from './star-rating.events';
import { starsOn } from './star-rating.state';
import {
  decided,
  PUBLISHED_ON,
  roundIn,
  SELF_AND_TWO_REVIEWS,
  selfAssessed,
  subject,
} from './star-rating.testing';

const spec = specFor(starRatingDecider);
const decide = (change: Partial<DecideStars> = {}): DecideStars => ({
  type: 'DecideStars',
  ...subject,
  round: roundIn('review'),
  ...change,
});
const withdraw = (change: Partial<WithdrawStars> = {}): WithdrawStars => ({
  type: 'WithdrawStars',
  ...subject,
  round: roundIn('published'),
  reason: '督导发现问题逾期未整改',
  effectiveOn: '2026-06-01',
  ...change,
});
const adjust = (change: Partial<AdjustStars> = {}): AdjustStars => ({
  type: 'AdjustStars',
  ...subject,
  round: roundIn('published'),
  stars: 6,
  reason: '补充材料经复核',
  effectiveOn: '2026-05-01',
  ...change,
});
const decidedFive = [...SELF_AND_TWO_REVIEWS, decided(5, 5)];
const withdrawn: StarRatingEvent = {
  type: 'StarsWithdrawn',
  data: {
    ...subject,
    previousStars: 5,
    reason: '督导发现问题逾期未整改',
    effectiveOn: '2026-06-01',
  },
};

describe('star rating decider: decisions and dynamic management', () => {
  describe('DecideStars', () => {
    it("by default awards the stars the thresholds give for the mean of the reviewers' totals", () =>
      spec
        .given(SELF_AND_TWO_REVIEWS)
        .when(decide())
        .then([decided(5, 5)]));

    it('awards other stars when a reason is given, and records what the thresholds gave', () =>
      spec
        .given(SELF_AND_TWO_REVIEWS)
        .when(decide({ stars: 6, reason: '承担全国学会党建试点' }))
        .then([decided(6, 5, '承担全国学会党建试点')]));

    it('refuses stars other than the thresholds give without a reason', () =>
      spec
        .given(SELF_AND_TWO_REVIEWS)
        .when(decide({ stars: 6 }))
        .thenFails('STAR_RATING.REASON_REQUIRED', 'reason'));

    it('gives 0 stars to a society that submitted nothing, and more only with a reason', () => {
      const nothing = { ...subject, defaultStars: 0, reviewedTotal: null };
      spec
        .given()
        .when(decide())
        .then([{ type: 'StarsDecided', data: { ...nothing, stars: 0, reason: null } }]);
      spec
        .given()
        .when(decide({ stars: 1 }))
        .thenFails('STAR_RATING.REASON_REQUIRED', 'reason');
      spec
        .given()
        .when(decide({ stars: 1, reason: '纸质材料已报送' }))
        .then([{ type: 'StarsDecided', data: { ...nothing, stars: 1, reason: '纸质材料已报送' } }]);
    });

    it('refuses to decide by default a self-assessment nobody reviewed', () => {
      const unreviewed = [selfAssessed('secretary-1', [18, 25, 24, 16])];
      spec.given(unreviewed).when(decide()).thenFails('STAR_RATING.NOT_REVIEWED');
      spec
        .given(unreviewed)
        .when(decide({ stars: 3 }))
        .thenFails('STAR_RATING.REASON_REQUIRED');
    });

    it('refuses stars outside 0 to 8', () => {
      spec
        .given(SELF_AND_TWO_REVIEWS)
        .when(decide({ stars: 9, reason: '特别优秀' }))
        .thenFails('NUMBER.OUT_OF_RANGE', 'stars');
      spec
        .given(SELF_AND_TWO_REVIEWS)
        .when(decide({ stars: -1, reason: '严重违纪' }))
        .thenFails('NUMBER.OUT_OF_RANGE', 'stars');
    });

    it('may decide again before publication, and the later decision counts', () => {
      spec
        .given(decidedFive)
        .when(decide({ stars: 4, reason: '复议' }))
        .then([decided(4, 5, '复议')]);
      expect(fold(starRatingDecider, [...decidedFive, decided(4, 5, '复议')])).toMatchObject({
        currentStars: 4,
      });
    });

    it('refuses a decision unless the round is in review', () => {
      for (const status of ['open', 'published'] as const)
        spec
          .given(SELF_AND_TWO_REVIEWS)
          .when(decide({ round: roundIn(status) }))
          .thenFails('STAR_RATING.ROUND_NOT_IN_REVIEW');
    });
  });

  describe('WithdrawStars and AdjustStars', () => {
    it('withdraws the stars (摘星) from a date on, with the reason', () =>
      spec.given(decidedFive).when(withdraw()).then([withdrawn]));

    it('raises or lowers the stars from a date on, with the reason, also after the round closed', () =>
      spec
        .given(decidedFive)
        .when(adjust({ round: roundIn('closed') }))
        .then([
          {
            type: 'StarsAdjusted',
            data: {
              ...subject,
              stars: 6,
              previousStars: 5,
              reason: '补充材料经复核',
              effectiveOn: '2026-05-01',
            },
          },
        ]));

    it('does nothing when the adjustment keeps the current stars', () =>
      spec
        .given(decidedFive)
        .when(adjust({ stars: 5 }))
        .thenNothing());

    it('refuses a change before the round is published', () => {
      for (const status of ['review', 'open'] satisfies StarRatingRoundStatus[])
        spec
          .given(decidedFive)
          .when(withdraw({ round: roundIn(status) }))
          .thenFails('STAR_RATING.ROUND_NOT_PUBLISHED');
    });

    it('refuses a change to a society that was never decided', () =>
      spec.given(SELF_AND_TWO_REVIEWS).when(adjust()).thenFails('STAR_RATING.NOT_DECIDED'));

    it('refuses to withdraw stars the society no longer has', () =>
      spec
        .given([...decidedFive, withdrawn])
        .when(withdraw({ effectiveOn: '2026-07-01' }))
        .thenFails('STAR_RATING.NO_STARS'));

    it('refuses an effective date before the publication or before the last change', () => {
      spec
        .given(decidedFive)
        .when(adjust({ effectiveOn: '2026-03-19' }))
        .thenFails('STAR_RATING.EFFECTIVE_TOO_EARLY', 'effectiveOn');
      spec
        .given([...decidedFive, withdrawn])
        .when(adjust({ effectiveOn: '2026-05-31' }))
        .thenFails('STAR_RATING.EFFECTIVE_TOO_EARLY', 'effectiveOn');
    });

    it('refuses a change without a reason or with a date that does not exist', () => {
      spec
        .given(decidedFive)
        .when(withdraw({ reason: ' ' }))
        .thenFails('TEXT.EMPTY', 'reason');
      spec
        .given(decidedFive)
        .when(withdraw({ effectiveOn: '2026-06-31' }))
        .thenFails('DATE.INVALID', 'effectiveOn');
    });
  });

  describe('the state for reports', () => {
    it('keeps the self, reviewed and decided totals per category, the reviewed ones a mean', () => {
      const state = fold(starRatingDecider, decidedFive);
      const reviewed = {
        total: 71.5,
        byCategory: { 组织建设: 15.5, 思想政治引领: 21.5, 作用发挥: 20, 制度建设: 14.5 },
      };
      expect(state).toMatchObject({
        currentStars: 5,
        totals: {
          self: {
            total: 83,
            byCategory: { 组织建设: 18, 思想政治引领: 25, 作用发挥: 24, 制度建设: 16 },
          },
          reviewed,
          decided: reviewed,
        },
      });
    });

    it('reads the stars on a day: none before publication, then the decision as changed by then', () => {
      const state = fold(starRatingDecider, [...decidedFive, withdrawn]);
      const published = { publishedOn: PUBLISHED_ON };
      expect(starsOn(state, { publishedOn: null }, '2026-12-31')).toBeNull();
      expect(starsOn(state, published, '2026-03-19')).toBeNull();
      expect(starsOn(state, published, '2026-03-20')).toBe(5);
      expect(starsOn(state, published, '2026-05-31')).toBe(5);
      expect(starsOn(state, published, '2026-06-01')).toBe(0);
      expect(state).toMatchObject({
        currentStars: 0,
        changes: [{ kind: 'withdrawn', previousStars: 5 }],
      });
    });
  });
});
