import { randomUUID } from 'node:crypto';
import type autocannon from 'autocannon';
import type { ApiClient } from './api';
import { inParallel } from './stats';

/** A launched campaign with societies assigned to liaisons, made through the api. */
export interface CampaignSetup {
  readonly campaignId: string;
  readonly liaisons: readonly string[];
  /** Each society with the liaison it is assigned to. */
  readonly societies: readonly { id: string; liaisonId: string }[];
  /** Two uploaded files (a photo's place and a sign-in sheet) that deliveries name. */
  readonly evidence: readonly { sha256: string }[];
}

const FIELDS = ['机械工程', '电子', '化学化工', '土木工程', '医学', '农学', '计算机', '光学'];

/** Registers `liaisons` committee members and `societies` societies, launches a campaign and assigns them all. */
export async function setUpCampaign(
  api: ApiClient,
  societies: number,
  liaisons: number,
): Promise<CampaignSetup> {
  const tag = randomUUID().slice(0, 8);
  const members: string[] = new Array<string>(liaisons);
  await inParallel([...Array(liaisons).keys()], 8, async (i) => {
    members[i] = (await api.post('/members', { name: `委员${i}-${tag}`, position: 'member' })).id;
  });
  const ids: string[] = new Array<string>(societies);
  await inParallel([...Array(societies).keys()], 8, async (i) => {
    ids[i] = (
      await api.post('/societies', {
        id: randomUUID(),
        name: `天津市${FIELDS[i % FIELDS.length]}第${i + 1}学会-${tag}`,
        kind: 'society',
      })
    ).id;
  });
  const campaignId = (
    await api.post('/campaigns', {
      title: `学习贯彻“七一”重要讲话精神-${tag}`,
      startsOn: '2021-07-19',
    })
  ).id;
  await api.post(`/campaigns/${campaignId}/launch`, {
    startsOn: '2021-07-19',
    endsOn: '2022-01-31',
    targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
  });
  const assigned = ids.map((id, i) => ({ id, liaisonId: members[i % liaisons]! }));
  // One campaign stream: assignments one after the other (in parallel they would collide).
  for (const { id, liaisonId } of assigned)
    await api.post(`/campaigns/${campaignId}/assignments`, { societyId: id, liaisonId });
  // A delivery names files uploaded before (POST /files checks them by their bytes).
  const evidence = await Promise.all(
    ['现场照片', '签到表'].map(async (what) => ({
      sha256: await api.upload(Buffer.from(`%PDF-1.7\n% ${what} ${tag}\n%%EOF\n`), `${what}.pdf`),
    })),
  );
  return { campaignId, liaisons: members, societies: assigned, evidence };
}

const DELIVERY = {
  deliveredOn: '2021-08-10',
  partyMemberAudience: 18,
  otherAudience: 120,
  summary: '宣讲“七一”重要讲话精神，党员18人、科技工作者120人参加，会后开展交流研讨。',
};

/** What one connection of the command mix is working on. */
interface MixState {
  society?: { id: string; liaisonId: string };
  lectureId?: string;
  taskId?: string;
}

/**
 * The command mix, eight commands a round per connection: schedule a lecture, record
 * its delivery, confirm it; propose a service task, accept it, record progress,
 * complete it; register a society. Each connection works in a society of its own.
 */
export function commandMix(setup: CampaignSetup): autocannon.Request[] {
  let nextSociety = 0;
  const state = (context: object): MixState & { society: { id: string; liaisonId: string } } => {
    const mix = context as MixState;
    mix.society ??= setup.societies[nextSociety++ % setup.societies.length]!;
    return mix as MixState & { society: { id: string; liaisonId: string } };
  };
  const post = (
    path: (mix: MixState) => string,
    body: (mix: MixState & { society: { id: string; liaisonId: string } }) => unknown,
    before?: (mix: MixState) => void,
  ): autocannon.Request => ({
    method: 'POST',
    setupRequest: (request, context) => {
      const mix = state(context);
      before?.(mix);
      return { ...request, path: path(mix), body: JSON.stringify(body(mix)) };
    },
  });
  return [
    post(
      () => '/lectures',
      (mix) => ({
        id: mix.lectureId,
        campaignId: setup.campaignId,
        societyId: mix.society.id,
        lecturerId: mix.society.liaisonId,
        topic: '学习贯彻习近平总书记“七一”重要讲话精神',
        scheduledAt: '2021-08-10T09:30:00+08:00',
        format: 'onsite',
        place: '学会会议室',
      }),
      (mix) => (mix.lectureId = randomUUID()),
    ),
    post(
      (mix) => `/lectures/${mix.lectureId}/delivery`,
      () => ({ ...DELIVERY, evidence: setup.evidence }),
    ),
    post(
      (mix) => `/lectures/${mix.lectureId}/confirm`,
      () => ({}),
    ),
    post(
      () => '/service-tasks',
      (mix) => ({
        id: mix.taskId,
        societyId: mix.society.id,
        campaignId: setup.campaignId,
        title: '为会员单位解决技术难题',
        need: '会员单位提出的检测设备共享需求',
        raisedBy: '会员代表',
        beneficiary: 'member-units',
      }),
      (mix) => (mix.taskId = randomUUID()),
    ),
    post(
      (mix) => `/service-tasks/${mix.taskId}/accept`,
      () => ({ dueOn: '2021-12-31', urgency: 'deadline' }),
    ),
    post(
      (mix) => `/service-tasks/${mix.taskId}/progress`,
      () => ({ note: '已联系设备单位，正在推进' }),
    ),
    post(
      (mix) => `/service-tasks/${mix.taskId}/complete`,
      () => ({ outcome: '已办结', beneficiaries: 120, completedOn: '2021-10-20' }),
    ),
    post(
      () => '/societies',
      () => ({ id: randomUUID(), name: `新登记学会-${randomUUID()}`, kind: 'association' }),
    ),
  ];
}

/** A lecture's schedule as a client sends it: the body the no-op route parses, the data of the peer's event. */
export const SCHEDULE_BODY = {
  campaignId: '6f1c1a52-3c55-4d0a-9a55-0d6b1c9f0a11',
  societyId: '0b7d8f0e-7c2a-4d55-8f3e-2d3c4b5a6978',
  lecturerId: '8a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
  topic: '学习贯彻习近平总书记“七一”重要讲话精神',
  scheduledAt: '2021-08-10T09:30:00+08:00',
  format: 'onsite',
  place: '学会会议室',
};
