import { evidenceFile } from '../shared/evidence.testing';
import { specFor } from '../shared/decider.testing';
import { fold } from '../shared/decider';
import { starRatingDecider } from './star-rating.decider';
import type { SubmitSelfAssessment, SubmitStarRatingReview } from './star-rating.commands';
import { reviewed, roundIn, scored, selfAssessed, subject, decided } from './star-rating.testing';

const spec = specFor(starRatingDecider);
const entries = [
  { code: 'A1', points: 18 },
  { code: 'B1', points: 25 },
  { code: 'C1', points: 24 },
  { code: 'D1', points: 16 },
];
const selfAssessment = (change: Partial<SubmitSelfAssessment> = {}): SubmitSelfAssessment => ({
  type: 'SubmitSelfAssessment',
  ...subject,
  round: roundIn('open'),
  authorId: 'secretary-1',
  items: entries,
  ...change,
});
const review = (change: Partial<SubmitStarRatingReview> = {}): SubmitStarRatingReview => ({
  type: 'SubmitStarRatingReview',
  ...subject,
  round: roundIn('review'),
  reviewerId: 'member-a',
  items: [
    { code: 'A1', points: 16 },
    { code: 'B1', points: 22 },
    { code: 'C1', points: 20 },
    { code: 'D1', points: 14 },
  ],
  reviewerIsLiaison: false,
  ...change,
});

describe('star rating decider: self-assessments and reviews', () => {
  describe('SubmitSelfAssessment', () => {
    it('records points, notes and evidence per item in the order of the criteria, with the total', () =>
      spec
        .given()
        .when(
          selfAssessment({
            items: [
              { code: 'D1', points: 16 },
              {
                code: 'A1',
                points: 18,
                note: ' 2024年完成换届 ',
                evidence: [evidenceFile('换届批复.pdf')],
              },
              { code: 'C1', points: 24 },
              { code: 'B1', points: 25 },
            ],
          }),
        )
        .then([
          {
            type: 'SelfAssessmentSubmitted',
            data: {
              ...subject,
              authorId: 'secretary-1',
              items: scored([18, 25, 24, 16]).map((item) => ({
                ...item,
                note: item.code === 'A1' ? '2024年完成换届' : null,
                evidence: item.code === 'A1' ? [evidenceFile('换届批复.pdf')] : [],
              })),
              total: 83,
            },
          },
        ]));

    it('accepts a resubmission while the round is open, and the last one counts', () => {
      const history = [
        selfAssessed('secretary-1', [18, 25, 24, 16]),
        selfAssessed('clerk-2', [10, 10, 10, 10]),
      ];
      spec
        .given(history.slice(0, 1))
        .when(selfAssessment({ authorId: 'clerk-2' }))
        .then([{ ...selfAssessed('clerk-2', [18, 25, 24, 16]) }]);
      const state = fold(starRatingDecider, history);
      expect(state).toMatchObject({
        selfAssessment: { authorId: 'clerk-2', total: 40 },
        assessmentAuthorIds: ['secretary-1', 'clerk-2'],
      });
    });

    it('refuses a self-assessment unless the round is open', () => {
      for (const status of ['draft', 'review', 'published'] as const)
        spec
          .given()
          .when(selfAssessment({ round: roundIn(status) }))
          .thenFails('STAR_RATING.ROUND_NOT_OPEN');
    });

    it('refuses points that are not whole or exceed the item maximum', () => {
      const withB1 = (points: number) =>
        spec
          .given()
          .when(
            selfAssessment({ items: entries.map((e) => (e.code === 'B1' ? { ...e, points } : e)) }),
          );
      withB1(31).thenFails('NUMBER.OUT_OF_RANGE', 'items[1].points');
      withB1(-1).thenFails('NUMBER.OUT_OF_RANGE', 'items[1].points');
      withB1(12.5).thenFails('NUMBER.OUT_OF_RANGE', 'items[1].points');
    });

    it('refuses an item the round does not have, an item scored twice and an item left out', () => {
      const withItems = (items: typeof entries) => spec.given().when(selfAssessment({ items }));
      withItems([...entries, { code: 'Z9', points: 1 }]).thenFails(
        'STAR_RATING.CRITERION_UNKNOWN',
        'items[4].code',
      );
      withItems([...entries, { code: 'A1', points: 1 }]).thenFails(
        'STAR_RATING.ITEM_REPEATED',
        'items[4].code',
      );
      withItems(entries.slice(1)).thenFails('STAR_RATING.ITEM_MISSING', 'items');
    });

    it('refuses a blank evidence reference and a blank author', () => {
      spec
        .given()
        .when(
          selfAssessment({
            items: [
              {
                ...entries[0],
                code: 'A1',
                points: 1,
                evidence: [{ ...evidenceFile('a.pdf'), name: ' ' }],
              },
              ...entries.slice(1),
            ],
          }),
        )
        .thenFails('TEXT.EMPTY', 'items[0].evidence[0].name');
      spec
        .given()
        .when(selfAssessment({ authorId: '' }))
        .thenFails('TEXT.EMPTY', 'authorId');
    });

    it('refuses a command about another society on this stream, or about no society', () => {
      spec
        .given([selfAssessed('secretary-1', [1, 1, 1, 1])])
        .when(selfAssessment({ societyId: 'society-2' }))
        .thenFails('STAR_RATING.OTHER_SUBJECT', 'societyId');
      spec
        .given()
        .when(selfAssessment({ societyId: ' ' }))
        .thenFails('TEXT.EMPTY', 'societyId');
    });
  });

  describe('SubmitStarRatingReview', () => {
    const history = [selfAssessed('secretary-1', [18, 25, 24, 16])];

    it('records a review that scores every item, with its total and comment', () =>
      spec
        .given(history)
        .when(review({ comment: ' 材料齐全 ' }))
        .then([reviewed('member-a', [16, 22, 20, 14], '材料齐全')]));

    it("refuses a reviewer who is the society's liaison in a launched campaign", () =>
      spec
        .given(history)
        .when(review({ reviewerIsLiaison: true }))
        .thenFails('STAR_RATING.REVIEWER_IS_LIAISON', 'reviewerId'));

    it('refuses a reviewer who wrote any of its self-assessments, even an earlier one', () =>
      spec
        .given([...history, selfAssessed('clerk-2', [1, 1, 1, 1])])
        .when(review({ reviewerId: 'secretary-1' }))
        .thenFails('STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT', 'reviewerId'));

    it('lets a reviewer replace their own review, so each reviewer counts once', () => {
      spec
        .given([...history, reviewed('member-a', [1, 1, 1, 1])])
        .when(review())
        .then([reviewed('member-a', [16, 22, 20, 14])]);
      const state = fold(starRatingDecider, [
        ...history,
        reviewed('member-a', [1, 1, 1, 1]),
        reviewed('member-a', [16, 22, 20, 14]),
      ]);
      expect(state).toMatchObject({
        reviews: [{ reviewerId: 'member-a', total: 72 }],
        totals: { reviewed: { total: 72 } },
      });
    });

    it('refuses a review unless the round is in review', () => {
      for (const status of ['open', 'published'] as const)
        spec
          .given(history)
          .when(review({ round: roundIn(status) }))
          .thenFails('STAR_RATING.ROUND_NOT_IN_REVIEW');
    });

    it('refuses a review once the stars are decided', () =>
      spec
        .given([...history, decided(5, 5)])
        .when(review())
        .thenFails('STAR_RATING.ALREADY_DECIDED'));

    it('refuses a review that leaves an item unscored', () =>
      spec
        .given(history)
        .when(review({ items: [{ code: 'A1', points: 3 }] }))
        .thenFails('STAR_RATING.ITEM_MISSING', 'items'));
  });
});
