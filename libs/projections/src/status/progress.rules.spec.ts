import type { ServiceTaskStatus } from '@pb/domain';
import {
  countTasksByState,
  isAcceptedTask,
  isEscalated,
  isOverdue,
  lastDeliveredOn,
} from './progress.rules';

const task = (
  status: ServiceTaskStatus,
  dueOn: string | null = '2021-06-30',
  escalated = true,
) => ({
  status,
  dueOn,
  escalated,
});

describe('the progress rules', () => {
  it('call a task overdue only while it is in progress past its due date', () => {
    expect(isOverdue(task('in-progress'), '2021-07-01')).toBe(true);
    expect(isOverdue(task('in-progress'), '2021-06-30')).toBe(false);
    expect(isOverdue(task('in-progress', null), '2021-07-01')).toBe(false);
    expect(isOverdue(task('completed'), '2021-07-01')).toBe(false);
  });

  it('let an escalation last only while the task is open', () => {
    expect(isEscalated(task('proposed'))).toBe(true);
    expect(isEscalated(task('in-progress'))).toBe(true);
    expect(isEscalated(task('completed'))).toBe(false);
    expect(isEscalated(task('in-progress', null, false))).toBe(false);
  });

  it('count a task as accepted from acceptance on, unless cancelled', () => {
    const accepted = (['proposed', 'in-progress', 'completed', 'evaluated', 'cancelled'] as const)
      .map((status) => task(status))
      .filter(isAcceptedTask)
      .map((t) => t.status);
    expect(accepted).toEqual(['in-progress', 'completed', 'evaluated']);
  });

  it('count tasks by state on top of those counted already', () => {
    const tasks = [task('proposed'), task('in-progress'), task('in-progress')];
    expect(countTasksByState(tasks, { completed: 2, cancelled: 1 })).toEqual({
      proposed: 1,
      'in-progress': 2,
      completed: 2,
      evaluated: 0,
      cancelled: 1,
    });
  });

  it('date the last delivery from the delivered and confirmed lectures only', () => {
    const lecture = (status: 'scheduled' | 'delivered' | 'confirmed', deliveredOn: string) => ({
      status,
      delivery: { deliveredOn, partyMemberAudience: 1, otherAudience: 2 },
    });
    expect(
      lastDeliveredOn([
        lecture('confirmed', '2021-05-01'),
        lecture('delivered', '2021-06-01'),
        lecture('scheduled', '2021-07-01'),
      ]),
    ).toBe('2021-06-01');
    expect(lastDeliveredOn([])).toBeNull();
  });
});
