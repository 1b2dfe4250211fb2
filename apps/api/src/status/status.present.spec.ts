import type { SocietyStatusView, TaskSummary } from '@pb/projections';
import { presentSocietyStatus } from './status.present';

const task = (taskId: string, status: TaskSummary['status'], dueOn: string | null = null) => ({
  taskId,
  societyId: 's1',
  campaignId: 'c1',
  status,
  dueOn,
  escalated: status === 'proposed',
});

const view = (tasks: TaskSummary[], closedTasks?: SocietyStatusView['closedTasks']) =>
  ({
    _id: 's1',
    _version: 1,
    societyId: 's1',
    name: '中国化学会',
    status: 'registered',
    hasPartyOrganisation: true,
    partyOrganisationForm: 'branch',
    campaigns: [],
    lectures: { scheduled: 0, delivered: 0, confirmed: 0, cancelled: 0 },
    lastDeliveredOn: null,
    audience: 0,
    tasks,
    ...(closedTasks ? { closedTasks } : {}),
    ratings: [],
    coveredCampaignIds: [],
    lastActivityAt: '2021-07-01T00:00:00.000Z',
  }) as SocietyStatusView;

describe('presentSocietyStatus', () => {
  const open = [task('t1', 'proposed'), task('t2', 'in-progress', '2021-06-30')];

  it('counts the closed tasks from their counts and lists only the open ones', () => {
    const figures = presentSocietyStatus(
      view(open, { completed: 3, evaluated: 2, cancelled: 1 }),
      '2021-07-01',
    ).serviceTasks;
    expect(figures).toEqual({
      byState: { proposed: 1, 'in-progress': 1, completed: 3, evaluated: 2, cancelled: 1 },
      open: 2,
      overdue: [{ taskId: 't2', societyId: 's1', dueOn: '2021-06-30' }],
      escalated: [{ taskId: 't1', societyId: 's1' }],
    });
  });

  it('reads a view written when every task was listed the same way', () => {
    const listed = [
      ...open,
      task('t3', 'completed'),
      task('t4', 'completed'),
      task('t5', 'completed'),
      task('t6', 'evaluated'),
      task('t7', 'evaluated'),
      task('t8', 'cancelled'),
    ];
    expect(presentSocietyStatus(view(listed), '2021-07-01').serviceTasks).toEqual(
      presentSocietyStatus(view(open, { completed: 3, evaluated: 2, cancelled: 1 }), '2021-07-01')
        .serviceTasks,
    );
  });
});
