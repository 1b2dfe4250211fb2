import { buildEnvelopes, type EventOfDomain } from '@pb/contracts';
import { touchedKeys } from './status.views';

const at = '2026-03-20T08:00:00.000Z';

/** The envelope of one event committed to `streamId`, as every writer builds it. */
function envelope(streamId: string, event: EventOfDomain) {
  const commit = { streamId, seq: 1, occurredAt: at, recordedAt: at, actor: 'office' };
  const ids = { correlationId: 'c', causationId: 'c', federationId: 'f', commandId: 'c1' };
  return buildEnvelopes([event], { ...commit, ...ids }, () => 'e1');
}

describe('what a batch of events touches', () => {
  it('touches the societies a publication names, and every member when a round moves', () => {
    const touched = touchedKeys(
      envelope('rating-round-r1', {
        type: 'StarRatingRoundPublished',
        data: { roundId: 'r1', publishedOn: '2026-03-20', societyIds: ['s1', 's2'] },
      }),
    );
    expect(touched).toEqual({
      societyIds: new Set(['s1', 's2']),
      memberIds: new Set(),
      batchIds: new Set(),
      everyMember: true,
    });
  });

  it('touches every member when a rating is decided, as it leaves everyone’s reviews to do', () => {
    const ids = { ratingId: 'x', roundId: 'r1', societyId: 's1' };
    const decided = {
      type: 'StarsDecided',
      data: { ...ids, stars: 3, defaultStars: 3, reviewedTotal: 60, reason: null },
    };
    const review = {
      type: 'StarRatingReviewSubmitted',
      data: { ...ids, reviewerId: 'm1', items: [], total: 60, comment: null },
    };
    expect(touchedKeys(envelope('star-rating-x', decided))).toMatchObject({
      societyIds: new Set(['s1']),
      everyMember: true,
    });
    const selfAssessed = {
      type: 'SelfAssessmentSubmitted',
      data: { ...ids, authorId: 'secretary-1', items: [], total: 60 },
    };
    // Projected after the round entered review (another partition), it is everyone's to review.
    expect(touchedKeys(envelope('star-rating-x', selfAssessed))).toMatchObject({
      societyIds: new Set(['s1']),
      everyMember: true,
    });
    expect(touchedKeys(envelope('star-rating-x', review))).toMatchObject({
      societyIds: new Set(['s1']),
      memberIds: new Set(['m1']),
      everyMember: false,
    });
  });

  it('names the batch of an inspection’s events, whose inspectors are read when recomputing', () => {
    const reported = {
      type: 'RectificationReported',
      data: {
        inspectionId: 'b1-s1',
        batchId: 'b1',
        societyId: 's1',
        itemId: 'i1',
        note: '已整改',
        evidence: [],
      },
    };
    expect(touchedKeys(envelope('inspection-case-b1-s1', reported))).toEqual({
      societyIds: new Set(['s1']),
      memberIds: new Set(),
      batchIds: new Set(['b1']),
      everyMember: false,
    });
  });

  it('touches the society of a record of organisational life, and the member an instructor is', () => {
    const withdrawn = {
      type: 'OrganisationalLifeWithdrawn',
      data: { recordId: 'r1', societyId: 's1', reason: '重复录入' },
    };
    expect(touchedKeys(envelope('organisational-life-r1', withdrawn))).toMatchObject({
      societyIds: new Set(['s1']),
      memberIds: new Set(),
    });
    const sent = {
      type: 'PartyBuildingInstructorSent',
      data: { societyId: 's2', instructorName: '刘洋', memberId: 'm1', since: '2026-04-01' },
    };
    expect(touchedKeys(envelope('society-s2', sent))).toMatchObject({
      societyIds: new Set(['s2']),
      memberIds: new Set(['m1']),
    });
  });
});
