import { ApiClient } from './api-client';
import { inParallel as runInParallel } from './in-parallel';

/**
 * Seed 000: the 天津 committee's notice of 2021-07-19 on studying the "七一" speech.
 * Every committee member liaises with 8 to 10 societies and lectures in them; the
 * societies carry out service tasks for their members. A dozen liaisons (committee
 * members and lecture experts), 110 societies, some left unassigned, lectures and
 * service tasks through every state. Returns how many events of each type it caused.
 */
export interface Seed000 {
  /** How many events of each type the scenario caused. */
  readonly expected: Record<string, number>;
  readonly campaignId: string;
  /** In creation order; society k is assigned to the liaison of its block. */
  readonly societies: readonly string[];
  readonly liaisons: readonly string[];
}

export async function runSeed000Scenario(
  client: ApiClient,
  tag: string,
  parallel = 8,
): Promise<Seed000> {
  const expected: Record<string, number> = {};
  const count = (type: string, n = 1) => (expected[type] = (expected[type] ?? 0) + n);
  const inParallel = <T>(items: readonly T[], work: (item: T, index: number) => Promise<unknown>) =>
    runInParallel(items, parallel, work);

  const positions = [
    'secretary',
    'deputy-secretary',
    'deputy-secretary',
    'discipline-member',
    'member',
    'member',
    'member',
    'member',
    'member',
    'expert',
    'expert',
    'expert',
  ];
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马'];
  const liaisons: string[] = [];
  for (const [i, position] of positions.entries())
    liaisons.push(await client.member(`${surnames[i]}委员${tag}`, position));
  const extraMember = await client.member(`${surnames[12]}委员${tag}`, 'member');
  count('MemberRegistered', 13);
  await client.expect(200, 'POST', `/members/${liaisons[4]}/role`, {
    position: 'deputy-secretary',
    reason: '补选副书记',
  });
  count('MemberPositionChanged');
  await client.expect(200, 'POST', `/members/${extraMember}/retire`, { reason: '工作调动' });
  count('MemberRetired');

  const kinds = ['society', 'association', 'research-society'] as const;
  const suffix = { society: '学会', association: '协会', 'research-society': '研究会' };
  const fields = [
    '建筑',
    '机械工程',
    '电子',
    '化学化工',
    '土木工程',
    '医学',
    '药学',
    '农学',
    '计算机',
    '环境科学',
    '力学',
    '光学',
  ];
  const societies: string[] = new Array(110);
  await inParallel([...Array(110).keys()], async (i) => {
    const kind = kinds[i % 3]!;
    societies[i] = await client.society(
      `天津市${fields[i % fields.length]}第${i + 1}${suffix[kind]}${tag}`,
      kind,
    );
  });
  count('SocietyRegistered', 110);
  await inParallel(societies.slice(0, 100), (id, i) =>
    client.expect(
      200,
      'POST',
      `/societies/${id}/party-organisation`,
      i < 95
        ? { form: i % 5 === 0 ? 'committee' : 'branch', secretary: `书记${i}`, memberCount: 3 + i }
        : { form: 'none' },
    ),
  );
  count('PartyOrganisationRecorded', 100);
  await client.expect(200, 'POST', `/societies/${societies[3]}/rename`, {
    name: `天津市建筑学会${tag}`,
    reason: '经民政部门核准更名',
  });
  count('SocietyRenamed');

  const campaignId = (
    await client.expect(201, 'POST', '/campaigns', {
      title: `学习贯彻习近平总书记“七一”重要讲话精神${tag}`,
      description: '每位委员联系8—10个学会，深入学会开展宣讲',
      startsOn: '2021-07-19',
    })
  ).body.id;
  await client.expect(200, 'POST', `/campaigns/${campaignId}/launch`, {
    startsOn: '2021-07-19',
    endsOn: '2021-12-31',
    targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
  });
  await client.expect(200, 'POST', `/campaigns/${campaignId}/amend`, {
    endsOn: '2022-01-31',
    reason: '延长至一月底',
  });
  count('CampaignDrafted');
  count('CampaignLaunched');
  count('CampaignAmended');

  // 8, 9, 10, 8, 9, 10 ... societies per liaison: 106 assigned, the last 4 left unassigned.
  const liaisonOf = new Map<string, string>();
  let cursor = 0;
  for (const [i, liaison] of liaisons.entries()) {
    const share = i === 11 ? 8 : 8 + (i % 3);
    for (const society of societies.slice(cursor, cursor + share)) {
      await client.assign(campaignId, society, liaison);
      liaisonOf.set(society, liaison);
    }
    cursor += share;
  }
  count('SocietyAssigned', 106);
  await client.expect(200, 'POST', `/campaigns/${campaignId}/assignments/${societies[0]}/move`, {
    liaisonId: liaisons[11],
    reason: '委员工作调整',
  });
  liaisonOf.set(societies[0]!, liaisons[11]!);
  count('SocietyReassigned');
  await client.expect(
    200,
    'POST',
    `/campaigns/${campaignId}/assignments/${societies[105]}/withdraw`,
    { reason: '学会申请暂缓' },
  );
  liaisonOf.delete(societies[105]!);
  count('AssignmentWithdrawn');
  await client.expect(200, 'POST', `/societies/${societies[109]}/deregister`, {
    reason: '已注销社会团体登记',
  });
  count('SocietyDeregistered');

  // One lecture in each of the 105 assigned societies: 20 stay scheduled (10 of them
  // rescheduled), 5 are cancelled, 80 are delivered: 10 returned and revised, 60 confirmed.
  const assigned = [...liaisonOf.keys()];
  await inParallel(assigned, async (society, i) => {
    const lecture = await client.lecture(campaignId, society, liaisonOf.get(society)!);
    if (i < 10) {
      await client.expect(200, 'POST', `/lectures/${lecture}/reschedule`, {
        scheduledAt: '2021-09-01T09:00:00+08:00',
        reason: '时间调整',
      });
    } else if (i < 20) {
      // stays scheduled
    } else if (i < 25) {
      await client.expect(200, 'POST', `/lectures/${lecture}/cancel`, {
        reason: '改为线上集中宣讲',
      });
    } else {
      await client.expect(
        200,
        'POST',
        `/lectures/${lecture}/delivery`,
        client.delivery(10 + (i % 20), 100 + i),
      );
      if (i < 35) {
        await client.expect(200, 'POST', `/lectures/${lecture}/return`, { reason: '请补充签到表' });
        await client.expect(
          200,
          'POST',
          `/lectures/${lecture}/revise`,
          client.delivery(12 + (i % 20), 110 + i),
        );
      }
      if (i < 85) await client.expect(200, 'POST', `/lectures/${lecture}/confirm`);
    }
  });
  count('LectureScheduled', 105);
  count('LectureRescheduled', 10);
  count('LectureCancelled', 5);
  count('LectureDelivered', 80);
  count('LectureReturned', 10);
  count('LectureDeliveryRevised', 10);
  count('LectureConfirmed', 60);

  // Two service tasks in each of the first 60 assigned societies: 120 proposed,
  // 10 cancelled while proposed, 10 left proposed, 100 accepted; 50 with progress;
  // 70 completed, 50 of those evaluated (5 unsatisfied and reopened); 8 escalated.
  const tasks = assigned.slice(0, 60).flatMap((society) => [society, society]);
  await inParallel(tasks, async (society, i) => {
    const task = await client.task(society, campaignId, `为科技工作者办实事第${i + 1}项`);
    if (i < 10)
      return void (await client.expect(200, 'POST', `/service-tasks/${task}/cancel`, {
        reason: '需求已解决',
      }));
    if (i < 20) return;
    await client.expect(200, 'POST', `/service-tasks/${task}/accept`, {
      dueOn: i < 40 ? '2021-08-31' : '2021-12-31',
      urgency: (['immediate', 'deadline', 'phased'] as const)[i % 3],
    });
    if (i < 70)
      await client.expect(200, 'POST', `/service-tasks/${task}/progress`, { note: '正在推进' });
    if (i >= 20 && i < 28)
      await client.expect(200, 'POST', `/service-tasks/${task}/escalate`, {
        reason: '进度滞后，挂牌督办',
      });
    if (i >= 50) {
      await client.expect(200, 'POST', `/service-tasks/${task}/complete`, {
        outcome: '已办结',
        beneficiaries: 100 + i,
        completedOn: '2021-10-20',
      });
      if (i >= 70)
        await client.expect(200, 'POST', `/service-tasks/${task}/evaluation`, {
          rating: i < 75 ? 2 : 3 + (i % 3),
          raters: 20 + i,
        });
    }
  });
  count('ServiceTaskProposed', 120);
  count('ServiceTaskCancelled', 10);
  count('ServiceTaskAccepted', 100);
  count('ServiceTaskProgressRecorded', 50);
  count('ServiceTaskEscalated', 8);
  count('ServiceTaskCompleted', 70);
  count('ServiceTaskEvaluated', 50);
  count('ServiceTaskReopened', 5);
  return { expected, campaignId, societies, liaisons };
}
