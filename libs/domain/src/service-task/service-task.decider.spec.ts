import { specFor } from '../shared/decider.testing';
import type { ServiceTaskCommand } from './service-task.commands';
import type { ServiceTaskEvent } from './service-task.events';
import { serviceTaskDecider } from './service-task.decider';

const spec = specFor(serviceTaskDecider);
const taskId = '7b1d3f58-2a6c-4e9b-8d40-1e2f3a4b5c06';
const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const campaignId = '8d2f6a14-1e3b-4c7d-9b20-3f4e5a6b7c01';
const ids = { taskId, societyId, campaignId };
const title = '为青年科技工作者举办职称申报政策解读会';
const need = '学会青年会员反映职称申报政策不清楚，希望组织专题解读';
const raisedBy = '天津市建筑学会秘书处';

const propose = (
  overrides: Partial<Extract<ServiceTaskCommand, { type: 'ProposeServiceTask' }>> = {},
): ServiceTaskCommand => ({
  type: 'ProposeServiceTask',
  taskId,
  societyId,
  campaignId,
  title,
  need,
  raisedBy,
  beneficiary: 'science-workers',
  societyStatus: 'registered',
  campaignStatus: 'launched',
  ...overrides,
});

const proposed: ServiceTaskEvent = {
  type: 'ServiceTaskProposed',
  data: { ...ids, title, need, raisedBy, beneficiary: 'science-workers' },
};
const accepted: ServiceTaskEvent = {
  type: 'ServiceTaskAccepted',
  data: { ...ids, dueOn: '2026-04-30', urgency: 'deadline' },
};
const progressed: ServiceTaskEvent = {
  type: 'ServiceTaskProgressRecorded',
  data: { ...ids, note: '已联系市人社局专家' },
};
const completed: ServiceTaskEvent = {
  type: 'ServiceTaskCompleted',
  data: {
    ...ids,
    outcome: '举办职称申报政策解读会一场',
    beneficiaries: 120,
    completedOn: '2026-04-20',
  },
};
const evaluatedSatisfied: ServiceTaskEvent = {
  type: 'ServiceTaskEvaluated',
  data: {
    ...ids,
    rating: 4,
    raters: 35,
    comment: '解读清楚，很有帮助',
    satisfied: true,
    method: 'reported',
  },
};
const evaluatedUnsatisfied: ServiceTaskEvent = {
  type: 'ServiceTaskEvaluated',
  data: {
    ...ids,
    rating: 2,
    raters: 35,
    comment: '答疑时间太短',
    satisfied: false,
    method: 'reported',
  },
};
const reopened: ServiceTaskEvent = {
  type: 'ServiceTaskReopened',
  data: { ...ids, reason: '群众评价不满意，退回重办' },
};
const cancelled: ServiceTaskEvent = {
  type: 'ServiceTaskCancelled',
  data: { ...ids, reason: '需求已由其他渠道解决' },
};
const escalated: ServiceTaskEvent = {
  type: 'ServiceTaskEscalated',
  data: { ...ids, reason: '需要市科协协调' },
};
const inProgress = [proposed, accepted];

describe('service task decider', () => {
  describe('ProposeServiceTask', () => {
    it('proposes a task in a campaign with the normalised title, need and proposer', () =>
      spec
        .given()
        .when(
          propose({ title: `\u3000${title}`, need: `${need} `, raisedBy: ` ${raisedBy}\u3000` }),
        )
        .then([proposed]));

    it('proposes a task that belongs to no campaign', () =>
      spec
        .given()
        .when(propose({ campaignId: undefined, campaignStatus: null, beneficiary: 'member-units' }))
        .then([
          {
            type: 'ServiceTaskProposed',
            data: {
              taskId,
              societyId,
              campaignId: null,
              title,
              need,
              raisedBy,
              beneficiary: 'member-units',
            },
          },
        ]));

    it('proposes a task in a campaign that is still a draft', () =>
      spec
        .given()
        .when(propose({ campaignStatus: 'draft' }))
        .then([proposed]));

    it('refuses a society that does not exist', () =>
      spec
        .given()
        .when(propose({ societyStatus: 'unregistered' }))
        .thenFails('SOCIETY.NOT_FOUND'));

    it('refuses a deregistered society', () =>
      spec
        .given()
        .when(propose({ societyStatus: 'deregistered' }))
        .thenFails('SOCIETY.DEREGISTERED', 'societyId'));

    it('refuses a campaign that does not exist', () =>
      spec
        .given()
        .when(propose({ campaignStatus: 'none' }))
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given()
        .when(propose({ campaignStatus: 'closed' }))
        .thenFails('CAMPAIGN.CLOSED', 'campaignId'));

    it('refuses a blank title or one longer than 200 characters', () => {
      spec
        .given()
        .when(propose({ title: ' ' }))
        .thenFails('TEXT.EMPTY', 'title');
      spec
        .given()
        .when(propose({ title: '办'.repeat(201) }))
        .thenFails('TEXT.TOO_LONG', 'title');
    });

    it('refuses a blank need or one longer than 5000 characters', () => {
      spec
        .given()
        .when(propose({ need: '\u3000' }))
        .thenFails('TEXT.EMPTY', 'need');
      spec
        .given()
        .when(propose({ need: '需'.repeat(5001) }))
        .thenFails('TEXT.TOO_LONG', 'need');
    });

    it('refuses a blank proposer or one longer than 100 characters', () => {
      spec
        .given()
        .when(propose({ raisedBy: ' ' }))
        .thenFails('TEXT.EMPTY', 'raisedBy');
      spec
        .given()
        .when(propose({ raisedBy: '王'.repeat(101) }))
        .thenFails('TEXT.TOO_LONG', 'raisedBy');
    });

    it('refuses to propose the same task twice', () =>
      spec.given([proposed]).when(propose()).thenFails('SERVICE_TASK.ALREADY_EXISTS'));
  });

  describe('AcceptServiceTask', () => {
    it('accepts a proposed task with its due date and urgency', () =>
      spec
        .given([proposed])
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-04-30', urgency: 'deadline' })
        .then([accepted]));

    it('accepts an escalated task', () =>
      spec
        .given([proposed, escalated])
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-03-02', urgency: 'immediate' })
        .then([
          {
            type: 'ServiceTaskAccepted',
            data: { ...ids, dueOn: '2026-03-02', urgency: 'immediate' },
          },
        ]));

    it('refuses a due date that does not exist', () =>
      spec
        .given([proposed])
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-02-30', urgency: 'phased' })
        .thenFails('DATE.INVALID', 'dueOn'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-04-30', urgency: 'deadline' })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses to accept a task twice', () =>
      spec
        .given(inProgress)
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-04-30', urgency: 'deadline' })
        .thenFails('SERVICE_TASK.NOT_PROPOSED'));

    it('refuses a cancelled task', () =>
      spec
        .given([proposed, cancelled])
        .when({ type: 'AcceptServiceTask', taskId, dueOn: '2026-04-30', urgency: 'deadline' })
        .thenFails('SERVICE_TASK.NOT_PROPOSED'));
  });

  describe('RecordServiceTaskProgress', () => {
    it('records a note on a task in progress', () =>
      spec
        .given(inProgress)
        .when({ type: 'RecordServiceTaskProgress', taskId, note: ' 已联系市人社局专家 ' })
        .then([progressed]));

    it('records further notes and leaves the task in progress', () =>
      spec
        .given([...inProgress, progressed])
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '已确定解读会时间' })
        .then([
          { type: 'ServiceTaskProgressRecorded', data: { ...ids, note: '已确定解读会时间' } },
        ]));

    it('refuses a blank note', () =>
      spec
        .given(inProgress)
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '\u3000' })
        .thenFails('TEXT.EMPTY', 'note'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '进展' })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a task not yet accepted', () =>
      spec
        .given([proposed])
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '进展' })
        .thenFails('SERVICE_TASK.NOT_IN_PROGRESS'));

    it('refuses a completed task', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '进展' })
        .thenFails('SERVICE_TASK.NOT_IN_PROGRESS'));
  });

  describe('CompleteServiceTask', () => {
    it('completes a task in progress with the outcome, the number served and the date', () =>
      spec
        .given([...inProgress, progressed])
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '\u3000举办职称申报政策解读会一场',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .then([completed]));

    it('completes a task that served nobody countable', () =>
      spec
        .given(inProgress)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '形成政策汇编',
          beneficiaries: 0,
          completedOn: '2026-04-20',
        })
        .then([
          {
            type: 'ServiceTaskCompleted',
            data: { ...ids, outcome: '形成政策汇编', beneficiaries: 0, completedOn: '2026-04-20' },
          },
        ]));

    it('refuses a negative or fractional number served', () => {
      spec
        .given(inProgress)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: -1,
          completedOn: '2026-04-20',
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'beneficiaries');
      spec
        .given(inProgress)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 1.5,
          completedOn: '2026-04-20',
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'beneficiaries');
    });

    it('refuses a completion date that does not exist', () =>
      spec
        .given(inProgress)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 120,
          completedOn: '2026-04-31',
        })
        .thenFails('DATE.INVALID', 'completedOn'));

    it('refuses a blank outcome', () =>
      spec
        .given(inProgress)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: ' ',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .thenFails('TEXT.EMPTY', 'outcome'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a task not yet accepted', () =>
      spec
        .given([proposed])
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .thenFails('SERVICE_TASK.NOT_IN_PROGRESS'));

    it('refuses to complete a task twice', () =>
      spec
        .given([...inProgress, completed])
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .thenFails('SERVICE_TASK.NOT_IN_PROGRESS'));

    it('refuses a cancelled task', () =>
      spec
        .given([...inProgress, cancelled])
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '完成',
          beneficiaries: 120,
          completedOn: '2026-04-20',
        })
        .thenFails('SERVICE_TASK.NOT_IN_PROGRESS'));
  });

  describe('EvaluateServiceTask', () => {
    it('records a satisfied evaluation', () =>
      spec
        .given([...inProgress, completed])
        .when({
          type: 'EvaluateServiceTask',
          taskId,
          rating: 4,
          raters: 35,
          comment: '解读清楚，很有帮助 ',
        })
        .then([evaluatedSatisfied]));

    it('counts a rating of exactly 3 as satisfied', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 3, raters: 1 })
        .then([
          {
            type: 'ServiceTaskEvaluated',
            data: {
              ...ids,
              rating: 3,
              raters: 1,
              comment: null,
              satisfied: true,
              method: 'reported',
            },
          },
        ]));

    it('reopens the task when the rating is below 3', () =>
      spec
        .given([...inProgress, completed])
        .when({
          type: 'EvaluateServiceTask',
          taskId,
          rating: 2,
          raters: 35,
          comment: '答疑时间太短',
        })
        .then([evaluatedUnsatisfied, reopened]));

    it('reopens the task on the lowest rating without a comment', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 1, raters: 10_000_000 })
        .then([
          {
            type: 'ServiceTaskEvaluated',
            data: {
              ...ids,
              rating: 1,
              raters: 10_000_000,
              comment: null,
              satisfied: false,
              method: 'reported',
            },
          },
          reopened,
        ]));

    it('puts a reopened task back in progress so that it can be worked on and completed again', () => {
      const history = [...inProgress, completed, evaluatedUnsatisfied, reopened];
      spec
        .given(history)
        .when({ type: 'RecordServiceTaskProgress', taskId, note: '延长答疑时间，再办一场' })
        .then([
          { type: 'ServiceTaskProgressRecorded', data: { ...ids, note: '延长答疑时间，再办一场' } },
        ]);
      spec
        .given(history)
        .when({
          type: 'CompleteServiceTask',
          taskId,
          outcome: '加办解读会一场',
          beneficiaries: 80,
          completedOn: '2026-05-10',
        })
        .then([
          {
            type: 'ServiceTaskCompleted',
            data: {
              ...ids,
              outcome: '加办解读会一场',
              beneficiaries: 80,
              completedOn: '2026-05-10',
            },
          },
        ]);
    });

    it('evaluates a task again once it is completed again', () =>
      spec
        .given([...inProgress, completed, evaluatedUnsatisfied, reopened, completed])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 5, raters: 40 })
        .then([
          {
            type: 'ServiceTaskEvaluated',
            data: {
              ...ids,
              rating: 5,
              raters: 40,
              comment: null,
              satisfied: true,
              method: 'reported',
            },
          },
        ]));

    it('refuses to evaluate a reopened task before it is completed again', () =>
      spec
        .given([...inProgress, completed, evaluatedUnsatisfied, reopened])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 35 })
        .thenFails('SERVICE_TASK.NOT_COMPLETED'));

    it('refuses a rating that is not a whole number from 1 to 5', () => {
      for (const rating of [0, 6, 3.5])
        spec
          .given([...inProgress, completed])
          .when({ type: 'EvaluateServiceTask', taskId, rating, raters: 35 })
          .thenFails('NUMBER.OUT_OF_RANGE', 'rating');
    });

    it('refuses an evaluation with no raters', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 0 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'raters'));

    it('refuses a blank comment when one is given', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 35, comment: '\u3000' })
        .thenFails('TEXT.EMPTY', 'comment'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 35 })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a task still in progress', () =>
      spec
        .given(inProgress)
        .when({ type: 'EvaluateServiceTask', taskId, rating: 4, raters: 35 })
        .thenFails('SERVICE_TASK.NOT_COMPLETED'));

    it('refuses to evaluate a satisfied task twice', () =>
      spec
        .given([...inProgress, completed, evaluatedSatisfied])
        .when({ type: 'EvaluateServiceTask', taskId, rating: 5, raters: 35 })
        .thenFails('SERVICE_TASK.NOT_COMPLETED'));
  });

  describe('CancelServiceTask', () => {
    it('cancels a proposed task with the reason', () =>
      spec
        .given([proposed])
        .when({ type: 'CancelServiceTask', taskId, reason: ' 需求已由其他渠道解决' })
        .then([cancelled]));

    it('cancels a task in progress', () =>
      spec
        .given(inProgress)
        .when({ type: 'CancelServiceTask', taskId, reason: '需求已由其他渠道解决' })
        .then([cancelled]));

    it('cancels a reopened task', () =>
      spec
        .given([...inProgress, completed, evaluatedUnsatisfied, reopened])
        .when({ type: 'CancelServiceTask', taskId, reason: '需求已由其他渠道解决' })
        .then([cancelled]));

    it('refuses a blank reason', () =>
      spec
        .given([proposed])
        .when({ type: 'CancelServiceTask', taskId, reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({ type: 'CancelServiceTask', taskId, reason: '取消' })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a completed task', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'CancelServiceTask', taskId, reason: '取消' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));

    it('refuses an evaluated task', () =>
      spec
        .given([...inProgress, completed, evaluatedSatisfied])
        .when({ type: 'CancelServiceTask', taskId, reason: '取消' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));

    it('refuses to cancel a task twice', () =>
      spec
        .given([proposed, cancelled])
        .when({ type: 'CancelServiceTask', taskId, reason: '取消' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));
  });

  describe('EscalateServiceTask', () => {
    it('escalates a proposed task with the reason', () =>
      spec
        .given([proposed])
        .when({ type: 'EscalateServiceTask', taskId, reason: '需要市科协协调\u3000' })
        .then([escalated]));

    it('escalates a task in progress', () =>
      spec
        .given(inProgress)
        .when({ type: 'EscalateServiceTask', taskId, reason: '需要市科协协调' })
        .then([escalated]));

    it('does nothing when the task is already escalated', () =>
      spec
        .given([proposed, escalated])
        .when({ type: 'EscalateServiceTask', taskId, reason: '再次上报' })
        .thenNothing());

    it('keeps a task escalated once it is accepted', () =>
      spec
        .given([proposed, escalated, accepted])
        .when({ type: 'EscalateServiceTask', taskId, reason: '再次上报' })
        .thenNothing());

    it('escalates a reopened task again, since completing it ended the escalation', () =>
      spec
        .given([proposed, escalated, accepted, completed, evaluatedUnsatisfied, reopened])
        .when({ type: 'EscalateServiceTask', taskId, reason: '需要市科协协调' })
        .then([escalated]));

    it('refuses a blank reason', () =>
      spec
        .given([proposed])
        .when({ type: 'EscalateServiceTask', taskId, reason: ' ' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an unknown task', () =>
      spec
        .given()
        .when({ type: 'EscalateServiceTask', taskId, reason: '上报' })
        .thenFails('SERVICE_TASK.NOT_FOUND'));

    it('refuses a cancelled task', () =>
      spec
        .given([proposed, cancelled])
        .when({ type: 'EscalateServiceTask', taskId, reason: '上报' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));

    it('refuses a completed task', () =>
      spec
        .given([...inProgress, completed])
        .when({ type: 'EscalateServiceTask', taskId, reason: '上报' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));

    it('refuses an evaluated task', () =>
      spec
        .given([...inProgress, completed, evaluatedSatisfied])
        .when({ type: 'EscalateServiceTask', taskId, reason: '上报' })
        .thenFails('SERVICE_TASK.NOT_OPEN'));
  });
});
