import { specFor } from '../shared/decider.testing';
import type {
  CastServiceTaskBallot,
  CloseServiceTaskRating,
  OpenServiceTaskRating,
} from './service-task.commands';
import type { ServiceTaskEvent } from './service-task.events';
import { serviceTaskDecider } from './service-task.decider';

const spec = specFor(serviceTaskDecider);
const taskId = '7b1d3f58-2a6c-4e9b-8d40-1e2f3a4b5c06';
const ids = {
  taskId,
  societyId: '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10',
  campaignId: null,
};
const NOW = '2026-03-01T08:00:00.000Z';
const CLOSES_AT = '2026-03-15T08:00:00.000Z';
const hash = (n: number) => n.toString(16).padStart(64, '0');
const codeHashes = [hash(1), hash(2), hash(3)];

const proposed: ServiceTaskEvent = {
  type: 'ServiceTaskProposed',
  data: {
    ...ids,
    title: '科普进社区',
    need: '老人想了解防诈骗',
    raisedBy: '社区',
    beneficiary: 'member-units',
  },
};
const accepted: ServiceTaskEvent = {
  type: 'ServiceTaskAccepted',
  data: { ...ids, dueOn: '2026-04-30', urgency: 'deadline' },
};
const completed: ServiceTaskEvent = {
  type: 'ServiceTaskCompleted',
  data: { ...ids, outcome: '开展讲座一场', beneficiaries: 60, completedOn: '2026-02-20' },
};
const done = [proposed, accepted, completed];
const opened: ServiceTaskEvent = {
  type: 'ServiceTaskRatingOpened',
  data: { ...ids, codeHashes, closesAt: CLOSES_AT },
};
const ballot = (n: number, score: number, comment: string | null = null): ServiceTaskEvent => ({
  type: 'ServiceTaskBallotCast',
  data: { ...ids, codeHash: hash(n), score, comment },
});
const closed = (ballots: number, atDeadline = false): ServiceTaskEvent => ({
  type: 'ServiceTaskRatingClosed',
  data: { ...ids, ballots, atDeadline },
});
const evaluated = (rating: number, raters: number): ServiceTaskEvent => ({
  type: 'ServiceTaskEvaluated',
  data: { ...ids, rating, raters, comment: null, satisfied: rating >= 3, method: 'ballots' },
});

const open = (overrides: Partial<OpenServiceTaskRating> = {}): OpenServiceTaskRating => ({
  type: 'OpenServiceTaskRating',
  taskId,
  codeHashes,
  closesAt: CLOSES_AT,
  now: NOW,
  ...overrides,
});
const cast = (overrides: Partial<CastServiceTaskBallot> = {}): CastServiceTaskBallot => ({
  type: 'CastServiceTaskBallot',
  taskId,
  codeHash: hash(1),
  score: 5,
  now: NOW,
  ...overrides,
});
const close = (overrides: Partial<CloseServiceTaskRating> = {}): CloseServiceTaskRating => ({
  type: 'CloseServiceTaskRating',
  taskId,
  atDeadline: false,
  now: NOW,
  ...overrides,
});

describe("the people's rating of a service task", () => {
  describe('OpenServiceTaskRating', () => {
    it('opens a rating of a completed task with the hashes of its codes', () =>
      spec.given(done).when(open()).then([opened]));

    it('refuses a task that is not completed', () =>
      spec.given([proposed, accepted]).when(open()).thenFails('SERVICE_TASK.NOT_COMPLETED'));

    it('refuses an unknown task', () =>
      spec.given([]).when(open()).thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a second rating while one is open', () =>
      spec
        .given([...done, opened])
        .when(open())
        .thenFails('RATING.ALREADY_OPEN'));

    it('opens again after a rating closed without a ballot', () =>
      spec
        .given([...done, opened, closed(0)])
        .when(open({ codeHashes: [hash(9)] }))
        .then([{ ...opened, data: { ...ids, codeHashes: [hash(9)], closesAt: CLOSES_AT } }]));

    it('refuses a task the ballots already evaluated', () =>
      spec
        .given([...done, opened, ballot(1, 4), closed(1), evaluated(4, 1)])
        .when(open())
        .thenFails('SERVICE_TASK.NOT_COMPLETED'));

    it('refuses no codes and more than 500', () => {
      spec
        .given(done)
        .when(open({ codeHashes: [] }))
        .thenFails('NUMBER.OUT_OF_RANGE', 'codes');
      const many = Array.from({ length: 501 }, (_, i) => hash(i + 1));
      spec
        .given(done)
        .when(open({ codeHashes: many }))
        .thenFails('NUMBER.OUT_OF_RANGE', 'codes');
    });

    it('refuses a code twice and a hash that is not SHA-256 hex', () => {
      spec
        .given(done)
        .when(open({ codeHashes: [hash(1), hash(1)] }))
        .thenFails('RATING.CODES_INVALID', 'codeHashes');
      spec
        .given(done)
        .when(open({ codeHashes: ['ABC'] }))
        .thenFails('RATING.CODES_INVALID', 'codeHashes');
    });

    it('refuses a deadline that has passed or lies more than 90 days ahead', () => {
      spec
        .given(done)
        .when(open({ closesAt: NOW }))
        .thenFails('RATING.CLOSES_AT_INVALID');
      spec
        .given(done)
        .when(open({ closesAt: '2026-05-31T08:00:00.000Z' }))
        .thenFails('RATING.CLOSES_AT_INVALID', 'closesAt');
      spec
        .given(done)
        .when(open({ closesAt: 'soon' }))
        .thenFails('INSTANT.INVALID', 'closesAt');
    });
  });

  describe('CastServiceTaskBallot', () => {
    it('casts a ballot that names its code by the hash only', () =>
      spec
        .given([...done, opened])
        .when(cast({ score: 4, comment: '讲得很实用' }))
        .then([ballot(1, 4, '讲得很实用')]));

    it('refuses a code the rating did not hand out', () =>
      spec
        .given([...done, opened])
        .when(cast({ codeHash: hash(7) }))
        .thenFails('RATING.CODE_UNKNOWN'));

    it('refuses a code that was used', () =>
      spec
        .given([...done, opened, ballot(1, 5)])
        .when(cast())
        .thenFails('RATING.CODE_USED'));

    it('refuses a ballot at or after the deadline, though nobody closed the rating yet', () =>
      spec
        .given([...done, opened])
        .when(cast({ now: CLOSES_AT }))
        .thenFails('RATING.CLOSED'));

    it('refuses a ballot once the rating closed', () =>
      spec
        .given([...done, opened, closed(0)])
        .when(cast({ codeHash: hash(2) }))
        .thenFails('RATING.CLOSED'));

    it('refuses a task without a rating', () =>
      spec.given(done).when(cast()).thenFails('RATING.NOT_OPEN'));

    it('refuses an unknown task', () =>
      spec.given([]).when(cast()).thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a score that is not a whole number from 1 to 5', () => {
      for (const score of [0, 6, 2.5])
        spec
          .given([...done, opened])
          .when(cast({ score }))
          .thenFails('NUMBER.OUT_OF_RANGE', 'score');
    });

    it('refuses a comment longer than 200 characters', () =>
      spec
        .given([...done, opened])
        .when(cast({ comment: '好'.repeat(201) }))
        .thenFails('TEXT.TOO_LONG', 'comment'));

    it('refuses a code of an earlier rating once a new one opened', () =>
      spec
        .given([
          ...done,
          opened,
          closed(0),
          { ...opened, data: { ...opened.data, codeHashes: [hash(9)] } },
        ])
        .when(cast())
        .thenFails('RATING.CODE_UNKNOWN'));
  });

  describe('CloseServiceTaskRating', () => {
    it('records the mean of the ballots to two decimals with their count', () =>
      spec
        .given([...done, opened, ballot(1, 5), ballot(2, 4), ballot(3, 4)])
        .when(close())
        .then([closed(3), evaluated(4.33, 3)]));

    it('reopens the task when the mean is below 3', () =>
      spec
        .given([...done, opened, ballot(1, 3), ballot(2, 2)])
        .when(close())
        .then([
          closed(2),
          evaluated(2.5, 2),
          { type: 'ServiceTaskReopened', data: { ...ids, reason: '群众评价不满意，退回重办' } },
        ]));

    it('closes without an evaluation when nobody rated, leaving the task completed', () => {
      spec
        .given([...done, opened])
        .when(close())
        .then([closed(0)]);
      spec
        .given([...done, opened, closed(0)])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 20 })
        .then([
          {
            type: 'ServiceTaskEvaluated',
            data: {
              ...ids,
              rating: 4,
              raters: 20,
              comment: null,
              satisfied: true,
              method: 'reported',
            },
          },
        ]);
    });

    it('closes at the deadline once it has passed, saying so', () =>
      spec
        .given([...done, opened, ballot(2, 5)])
        .when(close({ atDeadline: true, now: CLOSES_AT }))
        .then([closed(1, true), evaluated(5, 1)]));

    it('refuses to close at the deadline before it is due', () =>
      spec
        .given([...done, opened])
        .when(close({ atDeadline: true, now: '2026-03-15T07:59:59.999Z' }))
        .thenFails('RATING.NOT_DUE'));

    it('refuses to close a rating twice', () =>
      spec
        .given([...done, opened, closed(0)])
        .when(close())
        .thenFails('RATING.CLOSED'));

    it('refuses a task without a rating', () =>
      spec.given(done).when(close()).thenFails('RATING.NOT_OPEN'));
  });

  it('refuses a reported evaluation while the people are rating', () =>
    spec
      .given([...done, opened])
      .when({ type: 'EvaluateServiceTask', taskId, rating: 5, raters: 10 })
      .thenFails('RATING.OPEN'));
});
