import { randomUUID } from 'node:crypto';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  lifeRequirementsDecider,
  organisationalLifeDecider,
  societyDecider,
  type OrganisationalLifeKind,
} from '@pb/domain';
import type { Api } from '../../apps/api/src/bootstrap';
import type { ApiClient } from './api-client';
import { directCommands } from './direct-commands';
import { draftRound, ratingPath, sheet } from './star-rating';

/** The societies of the scenario by a short key, in zh-CN order of their names. */
export const LIFE_SOCIETIES = {
  ah: '安徽省化学会',
  bj: '北京市物理学会',
  cd: '成都市药学会',
  dl: '大连市林学会',
  ez: '鄂州市医学会',
  gz: '广州市化工学会',
} as const;
export type LifeSocietyKey = keyof typeof LIFE_SOCIETIES;

const Q3 = ['2025-07', '2025-08', '2025-09'];

/**
 * Organisational life, instructors and the work of the third quarter of 2025, written in two
 * phases: through the api's command runner for what has no route yet (records, instructors,
 * the year's table) and over HTTP for the rest. See organisational-life-reports.e2e-spec.ts
 * for the figures worked out by hand.
 */
export function lifeReportsScenario(api: Api, admin: ApiClient) {
  const run = directCommands(api);
  const ids = {} as Record<LifeSocietyKey, string>;
  const records = new Map<string, string[]>();

  const meeting = async (
    key: LifeSocietyKey,
    kind: OrganisationalLifeKind,
    heldOn: string,
    present: number,
  ) => {
    const recordId = randomUUID();
    records.set(`${key}:${kind}:${heldOn}`, [recordId]);
    await run('organisational-life', recordId, organisationalLifeDecider, {
      type: 'RecordOrganisationalLife',
      recordId,
      societyId: ids[key],
      kind,
      heldOn,
      topic: '学习贯彻党的二十届四中全会精神',
      host: '王芳',
      present,
      expected: 10,
      evidence: [],
      societyStatus: 'registered',
      societyHasOrganisation: true,
      today: '2025-12-31',
    });
  };
  /** Every default slot of a branch without groups in the quarter: 8 meetings. */
  const branchQuarter = async (key: LifeSocietyKey, present: number) => {
    await meeting(key, 'member-assembly', '2025-07-05', present);
    await meeting(key, 'party-lecture', '2025-08-05', present);
    for (const month of Q3) {
      await meeting(key, 'committee-meeting', `${month}-10`, present);
      await meeting(key, 'theme-day', `${month}-20`, present);
    }
  };
  const society = (key: LifeSocietyKey) => (command: Parameters<typeof societyDecider.decide>[0]) =>
    run('society', ids[key], societyDecider, command);
  const organisation = (key: LifeSocietyKey, body: object) =>
    admin.expect(200, 'POST', `/societies/${ids[key]}/party-organisation`, {
      secretary: '李书记',
      memberCount: 12,
      ...body,
    });
  const instructor = (key: LifeSocietyKey, since: string) =>
    society(key)({
      type: 'SendPartyBuildingInstructor',
      societyId: ids[key],
      instructorName: '刘洋',
      since,
    });

  async function before(): Promise<Record<LifeSocietyKey, string>> {
    for (const [key, name] of Object.entries(LIFE_SOCIETIES) as [LifeSocietyKey, string][])
      ids[key] = await admin.society(name);
    await admin.expect(200, 'POST', `/societies/${ids.gz}/deregister`, { reason: '注销' });
    await organisation('ah', { form: 'branch', seat: 'council', groups: false });
    await organisation('bj', { form: 'committee', seat: 'secretariat', groups: true });
    await organisation('dl', { form: 'joint-branch', seat: 'council', groups: false });
    await instructor('cd', '2025-08-01');
    await instructor('ez', '2025-07-01');
    await society('ez')({
      type: 'RecallPartyBuildingInstructor',
      societyId: ids.ez,
      on: '2025-08-31',
      reason: '任期届满',
    });
    await run('life-requirements', randomUUID(), lifeRequirementsDecider, {
      type: 'SetLifeRequirements',
      year: 2025,
      ...DEFAULT_LIFE_REQUIREMENTS,
      redListSize: 1,
    });

    await branchQuarter('ah', 9);
    await branchQuarter('dl', 7);
    for (const month of Q3) await meeting('bj', 'committee-meeting', `${month}-10`, 8);

    const member = await admin.member('张委员');
    const campaign = await admin.campaign('2025年科技社团党建宣讲', {
      startsOn: '2025-07-01',
      endsOn: '2025-12-31',
      lecturesPerSociety: 2,
      serviceTasksPerSociety: 1,
    });
    await admin.assign(campaign, ids.ah, member);
    await admin.assign(campaign, ids.bj, member);
    for (const [key, on] of [
      ['ah', '2025-07-15'],
      ['ah', '2025-08-15'],
      ['bj', '2025-09-01'],
    ] as const) {
      const lecture = await admin.lecture(campaign, ids[key], member);
      await admin.expect(200, 'POST', `/lectures/${lecture}/delivery`, admin.delivery(10, 50, on));
    }
    const task = await admin.task(ids.ah, campaign);
    await admin.expect(200, 'POST', `/service-tasks/${task}/accept`, {
      dueOn: '2025-09-30',
      urgency: 'deadline',
    });
    await admin.expect(200, 'POST', `/service-tasks/${task}/complete`, {
      outcome: '已解决',
      beneficiaries: 30,
      completedOn: '2025-09-20',
    });
    await starsFor('ah', 4, '2025-08-01');
    return ids;
  }

  /** A round decides the society's stars, published on the day given. */
  async function starsFor(key: LifeSocietyKey, stars: number, publishedOn: string) {
    const round = await draftRound(admin, 2024);
    const step = (action: string, body?: unknown) =>
      admin.expect(200, 'POST', `/star-rating-rounds/${round}/${action}`, body);
    const rating = ratingPath(round, ids[key]);
    await step('open');
    await admin.expect(200, 'POST', `${rating}/self-assessment`, {
      items: sheet([15, 20, 20, 15]),
    });
    await step('start-review');
    await admin.expect(200, 'POST', `${rating}/decision`, { stars, reason: '经审议确定' });
    await step('publish', { publishedOn });
  }

  /** 北京 records the rest of its quarter, 大连 withdraws a theme day, 鄂州 gets an instructor again. */
  async function after(): Promise<void> {
    await meeting('bj', 'member-assembly', '2025-07-03', 10);
    await meeting('bj', 'party-lecture', '2025-08-03', 10);
    for (const month of Q3) {
      await meeting('bj', 'group-meeting', `${month}-12`, 10);
      await meeting('bj', 'theme-day', `${month}-22`, 10);
    }
    const [themeDay] = records.get('dl:theme-day:2025-09-20')!;
    await run('organisational-life', themeDay!, organisationalLifeDecider, {
      type: 'WithdrawOrganisationalLife',
      recordId: themeDay!,
      reason: '重复录入',
    });
    await instructor('ez', '2025-10-01');
  }

  return { before, after };
}
