import type { OrganisationalLifeKind } from '@pb/domain';
import type { ApiClient } from './api-client';

/** The societies of the dashboard's scenario by a short key, in zh-CN order of their names. */
export const LIFE_DASHBOARD_SOCIETIES = {
  ah: '安徽省化学会',
  bj: '北京市物理学会',
  cd: '成都市药学会',
  dl: '大连市林学会',
  ez: '鄂州市医学会',
  fz: '福州市气象学会',
} as const;
export type LifeDashboardKey = keyof typeof LIFE_DASHBOARD_SOCIETIES;

/** The meetings that meet every slot of the default table for a branch without groups in 2026Q3. */
const FULL_QUARTER: readonly [OrganisationalLifeKind, string][] = [
  ['member-assembly', '2026-07-06'],
  ['committee-meeting', '2026-07-10'],
  ['theme-day', '2026-07-20'],
  ['party-lecture', '2026-08-06'],
  ['committee-meeting', '2026-08-10'],
  ['theme-day', '2026-08-20'],
  ['committee-meeting', '2026-09-10'],
  ['theme-day', '2026-09-20'],
];

/**
 * The third quarter of 2026 written through the HTTP api as the office would: party
 * organisations at their seats, an instructor, the meetings of three organisations and a
 * lecture. With the default table and weights (the figures the dashboard test asserts):
 * - 安徽 (branch at the council): 8 of 8 meetings, 72/80 present: 30 + 9 + 10 = 49.
 * - 北京 (branch at the secretariat): 8 of 8, 80/80: 30 + 10 + 10 = 50.
 * - 大连 (joint branch): 4 of 8, 24/40: 15 + 6 + 10 = 31.
 * - 成都 (instructor): no meetings; 1 of 1 lecture, 0 of 1 task: 15 + 10 = 25.
 * - 鄂州 and 福州: nothing at all, 10 each (no rectification due), tied.
 */
export async function lifeDashboardScenario(
  admin: ApiClient,
): Promise<Record<LifeDashboardKey, string>> {
  const ids = {} as Record<LifeDashboardKey, string>;
  for (const [key, name] of Object.entries(LIFE_DASHBOARD_SOCIETIES) as [
    LifeDashboardKey,
    string,
  ][])
    ids[key] = await admin.society(name);

  const organisation = (key: LifeDashboardKey, form: string, seat: string) =>
    admin.expect(200, 'POST', `/societies/${ids[key]}/party-organisation`, {
      form,
      seat,
      groups: false,
      secretary: '李书记',
      memberCount: 10,
    });
  await organisation('ah', 'branch', 'council');
  await organisation('bj', 'branch', 'secretariat');
  await organisation('dl', 'joint-branch', 'council');
  await admin.expect(200, 'POST', `/societies/${ids.cd}/instructor`, {
    instructorName: '刘洋',
    since: '2026-07-01',
  });

  const meeting = (
    key: LifeDashboardKey,
    kind: OrganisationalLifeKind,
    heldOn: string,
    present: number,
  ) =>
    admin.expect(201, 'POST', `/societies/${ids[key]}/organisational-life`, {
      kind,
      heldOn,
      topic: '学习贯彻党的二十届四中全会精神',
      host: '王芳',
      present,
      expected: 10,
    });
  for (const [kind, heldOn] of FULL_QUARTER) {
    await meeting('ah', kind, heldOn, 9);
    await meeting('bj', kind, heldOn, 10);
    if (kind === 'member-assembly' || kind === 'committee-meeting')
      await meeting('dl', kind, heldOn, 6);
  }

  const member = await admin.member('张委员');
  const campaign = await admin.campaign('2026年科技社团党建宣讲', {
    startsOn: '2026-07-01',
    endsOn: '2026-12-31',
    lecturesPerSociety: 1,
    serviceTasksPerSociety: 1,
  });
  await admin.assign(campaign, ids.cd, member);
  const lecture = await admin.lecture(campaign, ids.cd, member);
  await admin.expect(
    200,
    'POST',
    `/lectures/${lecture}/delivery`,
    admin.delivery(8, 40, '2026-08-15'),
  );
  return ids;
}
