import type { ReportInput } from './campaign-report';
import {
  accept,
  assign,
  campaign,
  cancelLecture,
  cancelTask,
  complete,
  confirm,
  deliver,
  escalate,
  evaluate,
  giveBack,
  lecture,
  member,
  reschedule,
  revise,
  society,
  task,
} from './report-views.testing';

/**
 * A hand-made federation for the report specs, its views built by replaying events
 * through the real projections (see report-views.testing.ts).
 *
 * Campaign c1 runs 2025-03-01 to 2025-04-30 (midpoint 2025-03-31), one lecture and two
 * accepted tasks per society. 陈红 (m1) and 李明 (m2) liaise; 王丽 (m3) is an expert.
 *
 *   s1 天津市化学会          m1          L1 delivered            T1 overdue after 04-10, T2 completed
 *   s2 北京市物理学会        m1 → m2     L2 returned, revised,   T3 rated 2 (reopened) then 5,
 *                                        confirmed; L3 scheduled T4 rated 4, T5 proposed
 *   s3 阿尔茨海默病防治协会  m2          L4 scheduled            T6 proposed + escalated, T7 escalated
 *                                                                then cancelled, T8 escalated, due 04-01
 *   s4 陈嘉庚科学研究会      m1          L5 returned, L6 confirmed  T9 in progress
 *   s5 新能源汽车产业协会    m2          L7 cancelled            T10 due 04-15, T11 rated 1, reopened
 *   s6 福建省茶叶学会        m1, withdrawn  L8 delivered         T12 evaluated
 *   s7 江西省林学会          m2, society deregistered  L9        T13 overdue
 *   s8 湖南省数学会          never assigned in c1 (assigned in c2)  T14 proposed
 *   s9 河北省药学会          deregistered, never assigned
 * Campaign c2 leaks in on purpose: its lecture L10, task T15 and assignment of s8 must be ignored.
 */
export const CAMPAIGN = 'c1';

export function fixture(): ReportInput {
  const c1 = campaign(CAMPAIGN, [
    assign(CAMPAIGN, 's1', 'm1'),
    assign(CAMPAIGN, 's2', 'm1'),
    assign(CAMPAIGN, 's3', 'm2'),
    assign(CAMPAIGN, 's4', 'm1'),
    assign(CAMPAIGN, 's5', 'm2'),
    assign(CAMPAIGN, 's6', 'm1'),
    assign(CAMPAIGN, 's7', 'm2'),
    {
      type: 'SocietyReassigned',
      data: {
        campaignId: CAMPAIGN,
        societyId: 's2',
        liaisonId: 'm2',
        previousLiaisonId: 'm1',
        reason: '工作调整',
      },
    },
    {
      type: 'AssignmentWithdrawn',
      data: { campaignId: CAMPAIGN, societyId: 's6', previousLiaisonId: 'm1', reason: '学会申请' },
    },
  ]);
  const c2 = campaign('c2', [assign('c2', 's8', 'm1')]);
  return {
    campaign: c1.view,
    assignments: [...c1.assignments, ...c2.assignments],
    societies: [
      ...society('s1', '天津市化学会', 'society', 'branch'),
      ...society('s2', '北京市物理学会', 'society', 'committee'),
      ...society('s3', '阿尔茨海默病防治协会', 'association', 'none', false, '51100000500000003X'),
      ...society('s4', '陈嘉庚科学研究会', 'research-society', 'general-branch'),
      ...society('s5', '新能源汽车产业协会', 'association', 'joint-branch'),
      ...society('s6', '福建省茶叶学会', 'society', 'branch'),
      ...society('s7', '江西省林学会', 'society', 'branch', true),
      ...society('s8', '湖南省数学会', 'society', 'none'),
      ...society('s9', '河北省药学会', 'society', 'branch', true),
    ],
    members: [
      ...member('m1', '陈红', 'member'),
      ...member('m2', '李明', 'deputy-secretary'),
      ...member('m3', '王丽', 'expert'),
    ],
    lectures: [
      ...lecture(CAMPAIGN, 'L1', 's1', 'm1', deliver('2025-03-20', 30, 50)),
      ...lecture(
        CAMPAIGN,
        'L2',
        's2',
        'm1',
        deliver('2025-03-10', 100, 200),
        giveBack('请补充签到表'),
        revise('2025-03-11', 40, 60),
        confirm,
      ),
      ...lecture(CAMPAIGN, 'L3', 's2', 'm3'),
      ...lecture(CAMPAIGN, 'L4', 's3', 'm2', reschedule),
      ...lecture(CAMPAIGN, 'L5', 's4', 'm1', deliver('2025-03-25', 20, 5), giveBack('请补充照片')),
      ...lecture(CAMPAIGN, 'L6', 's4', 'm3', deliver('2025-03-28', 10, 15), confirm),
      ...lecture(CAMPAIGN, 'L7', 's5', 'm2', cancelLecture),
      ...lecture(CAMPAIGN, 'L8', 's6', 'm1', deliver('2025-03-15', 500, 500)),
      ...lecture(CAMPAIGN, 'L9', 's7', 'm2', deliver('2025-03-12', 7, 8), confirm),
      ...lecture('c2', 'L10', 's1', 'm1', deliver('2025-03-05', 999, 0)),
    ],
    tasks: [
      ...task(CAMPAIGN, 'T1', 's1', '为青年科技工作者开展职称申报辅导', accept('2025-04-10')),
      ...task(
        CAMPAIGN,
        'T2',
        's1',
        '为会员单位组织实验室安全培训',
        accept('2025-04-30'),
        complete(120),
      ),
      ...task(
        CAMPAIGN,
        'T3',
        's2',
        '为分支机构建立学术交流平台',
        accept('2025-04-20'),
        complete(300),
        evaluate(2, 40),
        complete(350),
        evaluate(5, 50),
      ),
      ...task(
        CAMPAIGN,
        'T4',
        's2',
        '为科技工作者举办科普讲座',
        accept('2025-04-20'),
        complete(80),
        evaluate(4, 20),
      ),
      ...task(CAMPAIGN, 'T5', 's2', '为干部职工改善办公条件'),
      ...task(
        CAMPAIGN,
        'T6',
        's3',
        '为会员开通继续教育学时登记',
        escalate('群众反映强烈，长期未受理'),
      ),
      ...task(
        CAMPAIGN,
        'T7',
        's3',
        '为地方学会培训秘书长',
        escalate('久拖未决'),
        accept('2025-04-20'),
        cancelTask,
      ),
      ...task(
        CAMPAIGN,
        'T8',
        's3',
        '为地方学会协调办公场地',
        accept('2025-04-01'),
        escalate('逾期未办'),
      ),
      ...task(CAMPAIGN, 'T9', 's4', '为会员单位对接技术需求', accept('2025-05-20')),
      ...task(CAMPAIGN, 'T10', 's5', '为科技工作者开展充电安全培训', accept('2025-04-15')),
      ...task(
        CAMPAIGN,
        'T11',
        's5',
        '为会员单位解读新能源补贴政策',
        accept('2025-04-25'),
        complete(60),
        evaluate(1, 30),
      ),
      ...task(
        CAMPAIGN,
        'T12',
        's6',
        '为茶农举办科技培训',
        accept('2025-04-01'),
        complete(1000),
        evaluate(3, 9),
      ),
      ...task(CAMPAIGN, 'T13', 's7', '为林场职工开展防火培训', accept('2025-03-05')),
      ...task(CAMPAIGN, 'T14', 's8', '为中学生开设数学讲座'),
      ...task(
        'c2',
        'T15',
        's1',
        '另一项工作中的任务',
        accept('2025-03-05'),
        complete(999),
        evaluate(1, 1),
      ),
    ],
    inspections: [],
  };
}
