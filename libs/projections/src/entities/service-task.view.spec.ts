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
