import type { ServiceTaskEvent } from '@pb/domain';
import { projectEvents } from './entity-projection.testing';
import { serviceTaskProjection } from './service-task.view';

const ids = { taskId: 't1', societyId: 's1', campaignId: null };
const proposed: ServiceTaskEvent = {
  type: 'ServiceTaskProposed',
  data: {
    ...ids,
    title: '为会员单位开展技术咨询',
    need: '中小企业数字化转型',
    raisedBy: '会员单位',
    beneficiary: 'member-units',
  },
};
const accepted: ServiceTaskEvent = {
  type: 'ServiceTaskAccepted',
  data: { ...ids, dueOn: '2026-06-30', urgency: 'deadline' },
};

describe('the service task view', () => {
  it('keeps when the office accepted the task, null while it is proposed', () => {
    const project = (events: ServiceTaskEvent[]) =>
      projectEvents(serviceTaskProjection, 'service-task-t1', events);
    expect(project([proposed])?.acceptedAt).toBeNull();
    expect(project([proposed, accepted])).toMatchObject({
      status: 'in-progress',
      acceptedAt: '2026-02-01T08:00:00.000Z',
      dueOn: '2026-06-30',
    });
  });
});

describe("the service task view of the people's rating", () => {
  const completed: ServiceTaskEvent = {
    type: 'ServiceTaskCompleted',
    data: { ...ids, outcome: '咨询三次', beneficiaries: 40, completedOn: '2026-05-30' },
  };
  const hash = (n: number) => String(n).repeat(64);
  const opened: ServiceTaskEvent = {
    type: 'ServiceTaskRatingOpened',
    data: { ...ids, codeHashes: [hash(1), hash(2), hash(3)], closesAt: '2026-07-01T00:00:00.000Z' },
  };
  const ballot = (n: number, score: number): ServiceTaskEvent => ({
    type: 'ServiceTaskBallotCast',
    data: { ...ids, codeHash: hash(n), score, comment: null },
  });
  const run = [proposed, accepted, completed, opened, ballot(1, 5), ballot(2, 4)];
  const project = (events: ServiceTaskEvent[]) =>
    projectEvents(serviceTaskProjection, 'service-task-t1', events);

  it('shows an open rating with its codes and the number of ballots, not their scores', () => {
    const view = project(run);
    expect(view?.rating).toEqual({
      status: 'open',
      openedAt: '2026-04-01T08:00:00.000Z',
      closesAt: '2026-07-01T00:00:00.000Z',
      codes: 3,
      ballots: 2,
      closedAt: null,
      atDeadline: null,
    });
    expect(JSON.stringify(view)).not.toContain(hash(1));
    expect(view?.evaluations).toEqual([]);
  });

  it('shows the closed rating and the evaluation reached by the ballots', () => {
    const view = project([
      ...run,
      { type: 'ServiceTaskRatingClosed', data: { ...ids, ballots: 2, atDeadline: true } },
      {
        type: 'ServiceTaskEvaluated',
        data: { ...ids, rating: 4.5, raters: 2, comment: null, satisfied: true, method: 'ballots' },
      },
    ]);
    expect(view).toMatchObject({
      status: 'evaluated',
      rating: {
        status: 'closed',
        ballots: 2,
        closedAt: '2026-07-01T08:00:00.000Z',
        atDeadline: true,
      },
      evaluations: [{ rating: 4.5, raters: 2, method: 'ballots', satisfied: true }],
    });
  });

  it('has no rating until one is opened', () => {
    expect(project([proposed, accepted, completed])?.rating).toBeNull();
  });
});
