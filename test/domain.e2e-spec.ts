import { TEST_JWT_SECRET } from './support/auth';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { call, type Answer } from './support/http';

describe('every command over HTTP in embedded mode', () => {
  let api: Api;
  let client: ApiClient;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-domain-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
  });
  afterAll(async () => {
    await api.app.close();
  });

  describe('members', () => {
    it('registers, changes the position of and retires a member; a retired member cannot change position', async () => {
      const id = await client.member('王建国', 'member');
      expect(await client.view(`/members/${id}`)).toMatchObject({
        id,
        name: '王建国',
        position: 'member',
        status: 'active',
      });
      await client.expect(200, 'POST', `/members/${id}/role`, {
        position: 'deputy-secretary',
        reason: '换届调整',
      });
      await client.expect(200, 'POST', `/members/${id}/retire`, { reason: '任期届满' });
      expect(await client.view(`/members/${id}`, 3)).toMatchObject({
        position: 'deputy-secretary',
        status: 'retired',
        version: 3,
      });
      expect(
        (await client.expect(422, 'POST', `/members/${id}/role`, { position: 'member' })).body.code,
      ).toBe('MEMBER.RETIRED');
      expect(
        (await client.expect(400, 'POST', '/members', { name: '李四', position: 'chairman' })).body
          .errors[0],
      ).toMatchObject({ field: 'position', rule: 'isIn' });
      await client.expect(404, 'POST', `/members/${randomUUID()}/retire`, { reason: 'x' });
      const again = await client.expect(409, 'POST', '/members', {
        id,
        name: '王建国',
        position: 'member',
      });
      expect(again.body.code).toBe('MEMBER.ALREADY_REGISTERED');
    });
  });

  describe('campaigns and assignments', () => {
    /** A campaign launched for the second half of 2021, two liaisons and `count` new societies. */
    const liaisonsCampaign = async (label: string, names: [string, string], count: number) => {
      const campaignId = await client.campaign(`${label}学会测试`, {
        startsOn: '2021-07-19',
        endsOn: '2021-12-31',
        lecturesPerSociety: 1,
        serviceTasksPerSociety: 1,
      });
      const liaison = await client.member(names[0]);
      const other = await client.member(names[1]);
      const societies: string[] = [];
      for (let i = 1; i <= count; i++)
        societies.push(await client.society(`${label}测试学会${i}号-${randomUUID().slice(0, 6)}`));
      return { campaignId, liaison, other, societies };
    };

    it('drafts, amends, launches and closes a campaign; amending once launched needs a reason', async () => {
      const id = (
        await client.expect(201, 'POST', '/campaigns', {
          title: '学习贯彻“七一”重要讲话精神',
          startsOn: '2021-07-19',
        })
      ).body.id;
      await client.expect(200, 'POST', `/campaigns/${id}/amend`, {
        title: '关于在学会党组织中学习贯彻“七一”重要讲话精神',
      });
      await client.expect(200, 'POST', `/campaigns/${id}/launch`, {
        startsOn: '2021-07-19',
        endsOn: '2021-12-31',
        targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
      });
      expect(
        (await client.expect(400, 'POST', `/campaigns/${id}/amend`, { endsOn: '2022-01-31' })).body,
      ).toMatchObject({ code: 'CAMPAIGN.REASON_REQUIRED', field: 'reason' });
      await client.expect(200, 'POST', `/campaigns/${id}/amend`, {
        endsOn: '2022-01-31',
        reason: '延长至一月底',
      });
      expect(
        (
          await client.expect(422, 'POST', `/campaigns/${id}/launch`, {
            startsOn: '2021-07-19',
            endsOn: '2021-12-31',
            targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
          })
        ).body.code,
      ).toBe('CAMPAIGN.NOT_DRAFT');
      await client.expect(200, 'POST', `/campaigns/${id}/close`, { reason: '任务完成' });
      expect(await client.view(`/campaigns/${id}`, 5)).toMatchObject({
        status: 'closed',
        endsOn: '2022-01-31',
        targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
        title: '关于在学会党组织中学习贯彻“七一”重要讲话精神',
      });
      expect(
        (await client.expect(422, 'POST', `/campaigns/${id}/amend`, { title: 'x', reason: 'y' }))
          .body.code,
      ).toBe('CAMPAIGN.CLOSED');
      expect(
        (
          await client.expect(400, 'POST', '/campaigns', {
            title: '时间倒置',
            startsOn: '2021-12-01',
            endsOn: '2021-01-01',
          })
        ).body.code,
      ).toBe('CAMPAIGN.PERIOD_INVALID');
      expect(
        (
          await client.expect(400, 'POST', `/campaigns/${id}/launch`, {
            startsOn: '2021-02-30',
            endsOn: '2021-12-31',
            targets: { lecturesPerSociety: -1, serviceTasksPerSociety: 2 },
          })
        ).body.errors.map((e: any) => e.field),
      ).toEqual(expect.arrayContaining(['startsOn', 'targets.lecturesPerSociety']));
    });

    it('assigns, moves and withdraws societies, warning outside 8 to 10 per liaison without refusing', async () => {
      const { campaignId, liaison, other, societies } = await liaisonsCampaign(
        '联系',
        ['张委员', '赵委员'],
        11,
      );
      const first = await client.assign(campaignId, societies[0]!, liaison);
      expect(first.body.warnings).toEqual([
        expect.objectContaining({
          code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
          liaisonId: liaison,
          societies: 1,
        }),
      ]);
      for (const s of societies.slice(1, 8)) await client.assign(campaignId, s, liaison);
      expect((await client.assign(campaignId, societies[8]!, liaison)).body.warnings).toEqual([]);
      await client.assign(campaignId, societies[9]!, liaison);
      const eleventh = await client.assign(campaignId, societies[10]!, liaison);
      expect(eleventh.body.warnings).toEqual([
        expect.objectContaining({ code: 'ASSIGNMENT.LIAISON_ABOVE_TARGET', societies: 11 }),
      ]);
      expect(
        (
          await client.expect(409, 'POST', `/campaigns/${campaignId}/assignments`, {
            societyId: societies[0],
            liaisonId: other,
          })
        ).body.code,
      ).toBe('ASSIGNMENT.ALREADY_ASSIGNED');
      const moved = await client.expect(
        200,
        'POST',
        `/campaigns/${campaignId}/assignments/${societies[10]}/move`,
        { liaisonId: other, reason: '委员工作调整' },
      );
      expect(moved.body.warnings).toEqual([
        expect.objectContaining({ liaisonId: other, societies: 1 }),
      ]);
      await client.expect(
        200,
        'POST',
        `/campaigns/${campaignId}/assignments/${societies[9]}/withdraw`,
        { reason: '学会申请调整' },
      );
      expect(
        (
          await client.expect(
            422,
            'POST',
            `/campaigns/${campaignId}/assignments/${societies[9]}/move`,
            { liaisonId: other, reason: 'x' },
          )
        ).body.code,
      ).toBe('ASSIGNMENT.NOT_ASSIGNED');
      // created, launched, 11 assignments, a move, a withdrawal: version 15
      const view = await client.view(`/campaigns/${campaignId}`, 15);
      expect(view.assignments).toHaveLength(10);
      expect(view.assignments.filter((a: any) => a.liaisonId === other)).toEqual([
        expect.objectContaining({ societyId: societies[10], moves: 1 }),
      ]);
    });

    it('answers an assignment retried with the same Idempotency-Key as the first time, its liaison warnings included', async () => {
      const { campaignId, liaison, other, societies } = await liaisonsCampaign(
        '重试',
        ['钱委员', '孙委员'],
        11,
      );
      const assign = (societyId: string, key: string) =>
        call(
          api.url,
          'POST',
          `/campaigns/${campaignId}/assignments`,
          { societyId, liaisonId: liaison },
          { 'idempotency-key': key },
        );
      /** What a client sees of an answer; a retry differs from the first only in `replayed`. */
      const seen = (answer: Answer) => ({
        status: answer.status,
        etag: answer.headers.get('etag'),
        replayedHeader: answer.headers.get('idempotent-replayed'),
        body: answer.body,
      });
      const expectRepeated = (retried: Answer, first: Answer) =>
        expect(seen(retried)).toEqual({
          ...seen(first),
          replayedHeader: 'true',
          body: { ...first.body, replayed: true },
        });

      // The first society: its liaison has 1, below 8.
      const first = await assign(societies[0]!, 'assign-1');
      expect([first.status, first.body.replayed, first.body.warnings]).toEqual([
        201,
        false,
        [
          expect.objectContaining({
            code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
            liaisonId: liaison,
            societies: 1,
          }),
        ],
      ]);
      expectRepeated(await assign(societies[0]!, 'assign-1'), first);

      // The eleventh: 11, above 10; retried at once, then after the liaison's count moved on.
      for (const [i, s] of societies.slice(1, 10).entries()) await assign(s, `assign-${i + 2}`);
      const eleventh = await assign(societies[10]!, 'assign-11');
      expect(eleventh.body.warnings).toEqual([
        expect.objectContaining({ code: 'ASSIGNMENT.LIAISON_ABOVE_TARGET', societies: 11 }),
      ]);
      expectRepeated(await assign(societies[10]!, 'assign-11'), eleventh);
      const moved = await client.expect(
        200,
        'POST',
        `/campaigns/${campaignId}/assignments/${societies[10]}/move`,
        { liaisonId: other, reason: '委员工作调整' },
        { 'idempotency-key': 'move-11' },
      );
      expect(moved.body.warnings).toEqual([
        expect.objectContaining({ liaisonId: other, societies: 1 }),
      ]);
      // Now 10 each way: a retry still answers what the commit it repeats left behind.
      expectRepeated(await assign(societies[10]!, 'assign-11'), eleventh);
      expectRepeated(await assign(societies[0]!, 'assign-1'), first);
      const movedAgain = await call(
        api.url,
        'POST',
        `/campaigns/${campaignId}/assignments/${societies[10]}/move`,
        { liaisonId: other, reason: '委员工作调整' },
        { 'idempotency-key': 'move-11' },
      );
      expectRepeated(movedAgain, moved);
    });

    it('warns about the liaison an assignment names when it changes nothing, retried or not, whatever was written last', async () => {
      const { campaignId, liaison, other, societies } = await liaisonsCampaign(
        '重复分配',
        ['周委员', '吴委员'],
        3,
      );
      const [kept, next, last] = societies as [string, string, string];
      const belowWith = (liaisonId: string, societies: number) => [
        expect.objectContaining({ code: 'ASSIGNMENT.LIAISON_BELOW_TARGET', liaisonId, societies }),
      ];
      await client.assign(campaignId, kept, liaison);
      await client.assign(campaignId, next, other);
      // The society is already the liaison's: nothing written, the stream's last commit is
      // the other liaison's, and the answer speaks of this one.
      const again = (key: string) =>
        client.expect(
          201,
          'POST',
          `/campaigns/${campaignId}/assignments`,
          { societyId: kept, liaisonId: liaison },
          { 'idempotency-key': key },
        );
      const unchanged = await again('assign-kept-again');
      expect([unchanged.body.events, unchanged.body.warnings]).toEqual([[], belowWith(liaison, 1)]);
      await client.assign(campaignId, last, other);
      const retried = await again('assign-kept-again');
      expect([retried.body.events, retried.body.warnings]).toEqual([[], unchanged.body.warnings]);
    });

    it('refuses an assignment to a retired member or a deregistered society, and to unknown ones with 404', async () => {
      const campaignId = await client.campaign('规则测试');
      const retired = await client.member('退休委员');
      await client.expect(200, 'POST', `/members/${retired}/retire`, { reason: '离任' });
      const active = await client.member('在任委员');
      const gone = await client.society(`已注销学会-${randomUUID().slice(0, 6)}`);
      await client.expect(200, 'POST', `/societies/${gone}/deregister`, { reason: '注销' });
      const live = await client.society(`正常学会-${randomUUID().slice(0, 6)}`);
      expect(
        (
          await client.expect(422, 'POST', `/campaigns/${campaignId}/assignments`, {
            societyId: live,
            liaisonId: retired,
          })
        ).body.code,
      ).toBe('MEMBER.RETIRED');
      expect(
        (
          await client.expect(422, 'POST', `/campaigns/${campaignId}/assignments`, {
            societyId: gone,
            liaisonId: active,
          })
        ).body.code,
      ).toBe('SOCIETY.DEREGISTERED');
      expect(
        (
          await client.expect(404, 'POST', `/campaigns/${campaignId}/assignments`, {
            societyId: randomUUID(),
            liaisonId: active,
          })
        ).body.code,
      ).toBe('SOCIETY.NOT_FOUND');
      expect(
        (
          await client.expect(404, 'POST', `/campaigns/${randomUUID()}/assignments`, {
            societyId: live,
            liaisonId: active,
          })
        ).body.code,
      ).toBe('CAMPAIGN.NOT_FOUND');
    });
  });

  describe('lectures', () => {
    let campaignId: string;
    let society: string;
    let liaison: string;
    beforeAll(async () => {
      campaignId = await client.campaign('宣讲测试', {
        startsOn: '2021-07-19',
        endsOn: '2021-12-31',
        lecturesPerSociety: 1,
        serviceTasksPerSociety: 1,
      });
      liaison = await client.member('宣讲委员');
      society = await client.society(`宣讲学会-${randomUUID().slice(0, 6)}`);
      await client.assign(campaignId, society, liaison);
    });

    it('takes a lecture through schedule, reschedule, delivery, return, revision and confirmation', async () => {
      const id = await client.lecture(campaignId, society, liaison);
      await client.expect(200, 'POST', `/lectures/${id}/reschedule`, {
        scheduledAt: '2021-08-17T14:00:00+08:00',
        format: 'online',
        reason: '与年会冲突',
      });
      await client.expect(
        200,
        'POST',
        `/lectures/${id}/delivery`,
        client.delivery(30, 1000, '2021-08-17'),
      );
      await client.expect(200, 'POST', `/lectures/${id}/return`, { reason: '请补充签到表' });
      expect(await client.view(`/lectures/${id}`, 4)).toMatchObject({
        status: 'delivered',
        returnedFor: '请补充签到表',
      });
      await client.expect(
        200,
        'POST',
        `/lectures/${id}/revise`,
        client.delivery(32, 1050, '2021-08-17'),
      );
      await client.expect(200, 'POST', `/lectures/${id}/confirm`);
      const view = await client.view(`/lectures/${id}`, 6);
      expect(view).toMatchObject({
        status: 'confirmed',
        scheduledAt: '2021-08-17T06:00:00.000Z',
        format: 'online',
        reschedules: 1,
        returnedFor: null,
        delivery: { partyMemberAudience: 32, otherAudience: 1050, deliveredOn: '2021-08-17' },
      });
      const commits = await api.runtime.infra.store.readStream(`lecture-${id}`);
      expect(
        commits.find((c) => c.events[0]!.type === 'LectureDelivered')!.events[0]!.occurredAt,
      ).toBe('2021-08-17T00:00:00.000Z');
      expect(
        (await client.expect(422, 'POST', `/lectures/${id}/delivery`, client.delivery(1, 1))).body
          .code,
      ).toBe('LECTURE.NOT_SCHEDULED');
    });

    it('cancels a scheduled lecture with a reason and refuses to confirm it', async () => {
      const id = await client.lecture(campaignId, society, liaison);
      await client.expect(200, 'POST', `/lectures/${id}/cancel`, { reason: '疫情原因' });
      expect((await client.expect(422, 'POST', `/lectures/${id}/confirm`)).body.code).toBe(
        'LECTURE.NOT_DELIVERED',
      );
      expect(await client.view(`/lectures/${id}`, 2)).toMatchObject({
        status: 'cancelled',
        cancelReason: '疫情原因',
      });
    });

    it('allows a lecture expert who is not the liaison and refuses another committee member', async () => {
      const expert = await client.member('宣讲专家甲', 'expert');
      await client.lecture(campaignId, society, expert);
      const stranger = await client.member('其他委员');
      expect(
        (
          await client.expect(422, 'POST', '/lectures', {
            campaignId,
            societyId: society,
            lecturerId: stranger,
            topic: 't',
            scheduledAt: '2021-08-10T09:30:00+08:00',
            format: 'onsite',
          })
        ).body.code,
      ).toBe('LECTURE.LECTURER_NOT_ALLOWED');
    });

    it('refuses a lecture in a society not assigned in the campaign, and in a closed campaign', async () => {
      const unassigned = await client.society(`未分配学会-${randomUUID().slice(0, 6)}`);
      expect(
        (
          await client.expect(422, 'POST', '/lectures', {
            campaignId,
            societyId: unassigned,
            lecturerId: liaison,
            topic: 't',
            scheduledAt: '2021-08-10T09:30:00+08:00',
            format: 'onsite',
          })
        ).body.code,
      ).toBe('LECTURE.SOCIETY_NOT_ASSIGNED');
      const closed = await client.campaign('已结束', {
        startsOn: '2021-01-01',
        endsOn: '2021-02-01',
        lecturesPerSociety: 1,
        serviceTasksPerSociety: 0,
      });
      await client.assign(closed, society, liaison);
      await client.expect(200, 'POST', `/campaigns/${closed}/close`, {});
      expect(
        (
          await client.expect(422, 'POST', '/lectures', {
            campaignId: closed,
            societyId: society,
            lecturerId: liaison,
            topic: 't',
            scheduledAt: '2021-08-10T09:30:00+08:00',
            format: 'onsite',
          })
        ).body.code,
      ).toBe('CAMPAIGN.CLOSED');
      expect(
        (
          await client.expect(422, 'POST', '/service-tasks', {
            societyId: society,
            campaignId: closed,
            title: 't',
            need: 'n',
            raisedBy: 'r',
            beneficiary: 'staff',
          })
        ).body.code,
      ).toBe('CAMPAIGN.CLOSED');
    });

    it('answers 400 for a date without a zone, negative audiences and evidence that names no file', async () => {
      const bad = await client.expect(400, 'POST', '/lectures', {
        campaignId,
        societyId: society,
        lecturerId: liaison,
        topic: 't',
        scheduledAt: '2021-08-10T09:30:00',
        format: 'onsite',
      });
      expect(bad.body.field).toBe('scheduledAt');
      const id = await client.lecture(campaignId, society, liaison);
      const delivery = await client.expect(400, 'POST', `/lectures/${id}/delivery`, {
        ...client.delivery(-1, 5),
        evidence: [1],
      });
      expect(delivery.body.errors.map((e: any) => e.field)).toEqual(
        expect.arrayContaining(['partyMemberAudience', 'evidence[0]']),
      );
    });
  });

  describe('service tasks', () => {
    let society: string;
    let campaignId: string;
    beforeAll(async () => {
      society = await client.society(`办实事学会-${randomUUID().slice(0, 6)}`);
      campaignId = await client.campaign('办实事测试', {
        startsOn: '2021-07-19',
        endsOn: '2021-12-31',
        lecturesPerSociety: 1,
        serviceTasksPerSociety: 2,
      });
    });

    it('takes a task through proposal, acceptance, progress, completion, an unsatisfied rating, rework and a good rating', async () => {
      const id = await client.task(society, campaignId, '为兰县学校捐赠科普图书');
      await client.expect(200, 'POST', `/service-tasks/${id}/accept`, {
        dueOn: '2021-10-31',
        urgency: 'deadline',
      });
      await client.expect(200, 'POST', `/service-tasks/${id}/progress`, {
        note: '已落实图书3000册',
      });
      await client.expect(200, 'POST', `/service-tasks/${id}/complete`, {
        outcome: '捐赠科普图书6084册',
        beneficiaries: 3200,
        completedOn: '2021-10-20',
      });
      const unhappy = await client.expect(200, 'POST', `/service-tasks/${id}/evaluation`, {
        rating: 2,
        raters: 40,
        comment: '图书种类偏少',
      });
      expect(unhappy.body.events).toEqual(['ServiceTaskEvaluated', 'ServiceTaskReopened']);
      expect(await client.view(`/service-tasks/${id}`, 5)).toMatchObject({ status: 'in-progress' });
      await client.expect(200, 'POST', `/service-tasks/${id}/complete`, {
        outcome: '补充捐赠后共6084册',
        beneficiaries: 3500,
        completedOn: '2021-10-28',
      });
      await client.expect(200, 'POST', `/service-tasks/${id}/evaluation`, {
        rating: 5,
        raters: 120,
      });
      const view = await client.view(`/service-tasks/${id}`, 7);
      expect(view).toMatchObject({
        status: 'evaluated',
        beneficiaries: 3500,
        dueOn: '2021-10-31',
        urgency: 'deadline',
      });
      expect(view.evaluations.map((e: any) => e.rating)).toEqual([2, 5]);
      expect(view.progress).toEqual([expect.objectContaining({ note: '已落实图书3000册' })]);
      expect(
        (await client.expect(422, 'POST', `/service-tasks/${id}/cancel`, { reason: 'x' })).body
          .code,
      ).toBe('SERVICE_TASK.NOT_OPEN');
    });

    it('escalates a lagging task, cancels another, and refuses a rating out of range', async () => {
      const lagging = await client.task(society, campaignId);
      await client.expect(200, 'POST', `/service-tasks/${lagging}/accept`, {
        dueOn: '2021-08-01',
        urgency: 'immediate',
      });
      await client.expect(200, 'POST', `/service-tasks/${lagging}/escalate`, {
        reason: '进度滞后，挂牌督办',
      });
      expect(await client.view(`/service-tasks/${lagging}`, 3)).toMatchObject({
        escalated: true,
        escalationReason: '进度滞后，挂牌督办',
      });
      const dropped = await client.task(society, undefined);
      await client.expect(200, 'POST', `/service-tasks/${dropped}/cancel`, {
        reason: '需求已由其他渠道解决',
      });
      expect(await client.view(`/service-tasks/${dropped}`, 2)).toMatchObject({
        status: 'cancelled',
        campaignId: null,
      });
      expect(
        (
          await client.expect(400, 'POST', `/service-tasks/${lagging}/evaluation`, {
            rating: 6,
            raters: 1,
          })
        ).body.errors[0],
      ).toMatchObject({ field: 'rating', rule: 'max' });
      expect(
        (
          await client.expect(422, 'POST', `/service-tasks/${lagging}/evaluation`, {
            rating: 4,
            raters: 1,
          })
        ).body.code,
      ).toBe('SERVICE_TASK.NOT_COMPLETED');
      expect(
        (
          await client.expect(404, 'POST', '/service-tasks', {
            societyId: randomUUID(),
            title: 't',
            need: 'n',
            raisedBy: 'r',
            beneficiary: 'staff',
          })
        ).body.code,
      ).toBe('SOCIETY.NOT_FOUND');
    });
  });
});
