import { memberToDos, societyYearly, type MemberWork } from './yearly-status.compute';
import {
  adjusted,
  batch,
  decided,
  inspection,
  rating,
  reviewedBy,
  round,
  selfAssessedBy,
  withdrawn,
} from './yearly-status.testing';
import { currentStarsOn, rectificationFigures } from './yearly.rules';

describe('a society’s status in the yearly cycle', () => {
  const [r2024, r2025, r2026] = [
    round('r2024', 2024, 'closed', '2025-03-20'),
    round('r2025', 2025, 'published', '2026-03-20'),
    round('r2026', 2026, 'review'),
  ];
  const ratings = [
    rating('r2025', 's1', selfAssessedBy('sec-1'), decided(5), adjusted(5, 4, '2026-06-01')),
    rating('r2024', 's1', selfAssessedBy('sec-1'), decided(6), withdrawn(6, '2025-09-01')),
    rating('r2026', 's1', selfAssessedBy('sec-1'), decided(7)),
  ];

  it('keeps the decided stars of the published rounds, oldest publication first, with their changes', () => {
    const { stars } = societyYearly(ratings, [r2026, r2025, r2024], []);
    expect(stars).toEqual([
      {
        roundId: 'r2024',
        year: 2024,
        title: '2024年度星级学会党组织评定',
        publishedOn: '2025-03-20',
        decision: { stars: 6 },
        changes: [{ kind: 'withdrawn', stars: 0, effectiveOn: '2025-09-01' }],
      },
      {
        roundId: 'r2025',
        year: 2025,
        title: '2025年度星级学会党组织评定',
        publishedOn: '2026-03-20',
        decision: { stars: 5 },
        changes: [{ kind: 'adjusted', stars: 4, effectiveOn: '2026-06-01' }],
      },
    ]);
  });

  it('reads the current stars on a day: the latest publication by then, with the changes in effect by then', () => {
    const { stars } = societyYearly(ratings, [r2024, r2025, r2026], []);
    const on = (day: string) => currentStarsOn(stars, day);
    expect(on('2025-03-19')).toEqual({ on: '2025-03-19', stars: null, roundId: null });
    expect(on('2025-03-20')).toEqual({ on: '2025-03-20', stars: 6, roundId: 'r2024' });
    expect(on('2025-09-01')).toEqual({ on: '2025-09-01', stars: 0, roundId: 'r2024' });
    expect(on('2026-03-20')).toEqual({ on: '2026-03-20', stars: 5, roundId: 'r2025' });
    expect(on('2026-06-01')).toEqual({ on: '2026-06-01', stars: 4, roundId: 'r2025' });
  });

  it('lists the rectification items not yet accepted of every inspection, earliest due first', () => {
    const { rectifications } = societyYearly(
      [],
      [],
      [
        inspection('b1', 's1', [
          ['i1', '2026-06-30', 'open'],
          ['i2', '2026-04-30', 'accepted'],
          ['i3', '2026-05-31', 'reported'],
        ]),
        inspection('b2', 's1', [['i4', '2026-05-01', 'returned']]),
      ],
    );
    expect(rectifications.map((item) => [item.itemId, item.batchId, item.status])).toEqual([
      ['i4', 'b2', 'returned'],
      ['i3', 'b1', 'reported'],
      ['i1', 'b1', 'open'],
    ]);
    expect(rectifications[0]).toEqual({
      batchId: 'b2',
      inspectionId: 'b2-s1',
      societyId: 's1',
      itemId: 'i4',
      action: '补全会议记录',
      dueOn: '2026-05-01',
      status: 'returned',
    });
    // Overdue the day after the due date, reported or not, until accepted.
    expect(rectificationFigures(rectifications, '2026-05-31')).toEqual({
      open: 3,
      reported: 1,
      overdue: 1,
    });
    expect(rectificationFigures(rectifications, '2026-06-01')).toEqual({
      open: 3,
      reported: 1,
      overdue: 2,
    });
  });
});

describe('a member’s to-dos in the yearly cycle', () => {
  const work = (part: Partial<MemberWork>): MemberWork => ({
    memberId: 'm1',
    liaisonOf: new Set(),
    roundsInReview: [],
    ratings: [],
    batches: [],
    inspections: [],
    ...part,
  });

  it('expects a review of each self-assessed rating in review the member did not review, write or liaise with, until decided', () => {
    const inReview = round('r2025', 2025, 'review');
    const { reviews } = memberToDos(
      work({
        liaisonOf: new Set(['s4']),
        roundsInReview: [inReview, round('r2024', 2024, 'published')],
        ratings: [
          rating('r2025', 's1', selfAssessedBy('sec-1')),
          rating('r2025', 's2', selfAssessedBy('sec-2'), reviewedBy('m1')),
          rating('r2025', 's3', selfAssessedBy('m1')),
          rating('r2025', 's4', selfAssessedBy('sec-4')),
          rating('r2025', 's5', selfAssessedBy('sec-5'), decided(3)),
          rating('r2025', 's6', selfAssessedBy('sec-6'), reviewedBy('m2')),
          rating('r2025', 's7', reviewedBy('m2')),
          rating('r2024', 's8', selfAssessedBy('sec-8')),
        ],
      }),
    );
    expect(reviews).toEqual([
      {
        roundId: 'r2025',
        year: 2025,
        title: '2025年度星级学会党组织评定',
        societyIds: ['s1', 's6'],
      },
    ]);
  });

  it('leaves out a round with nothing left for the member to review', () => {
    const { reviews } = memberToDos(
      work({
        roundsInReview: [round('r2025', 2025, 'review')],
        ratings: [rating('r2025', 's1', selfAssessedBy('sec-1'), reviewedBy('m1'))],
      }),
    );
    expect(reviews).toEqual([]);
  });

  it('lists every sampled society not closed in the drawn batches the member inspects, in the sample’s order, with the items not accepted', () => {
    const { inspections } = memberToDos(
      work({
        batches: [
          batch('b2', ['m2'], ['s9']),
          batch('b1', ['m2', 'm1'], ['s1', 's2', 's3'], ['s4']),
          batch('b3', ['m1'], ['s5'], [], true),
        ],
        inspections: [
          inspection('b1', 's4', []),
          inspection('b1', 's1', [
            ['i1', '2026-06-30', 'open'],
            ['i2', '2026-04-30', 'accepted'],
          ]),
          inspection('b1', 's2', [['i3', '2026-04-30', 'accepted']], true),
          inspection('b2', 's9', [['i4', '2026-04-30', 'open']]),
        ],
      }),
    );
    expect(inspections.map(({ items, ...todo }) => [todo, items.map((i) => i.itemId)])).toEqual([
      [
        {
          batchId: 'b1',
          batchTitle: '督导批次b1',
          societyId: 's1',
          inspectionId: 'b1-s1',
          state: 'open',
        },
        ['i1'],
      ],
      [
        {
          batchId: 'b1',
          batchTitle: '督导批次b1',
          societyId: 's3',
          inspectionId: null,
          state: 'not-visited',
        },
        [],
      ],
      [
        {
          batchId: 'b1',
          batchTitle: '督导批次b1',
          societyId: 's4',
          inspectionId: 'b1-s4',
          state: 'open',
        },
        [],
      ],
    ]);
  });
});
