import { randomUUID } from 'node:crypto';
import { uploaded } from './evidence';
import { call, type Answer } from './http';

/** A thin client over the api for scenario tests: each call asserts the status it expects. */
export class ApiClient {
  constructor(readonly base: string) {}

  private evidenceFile: Promise<{ sha256: string }> | null = null;

  /** One uploaded PDF (会议记录.pdf) as a record names it, uploaded once per client. */
  async evidence(): Promise<{ sha256: string }[]> {
    this.evidenceFile ??= uploaded(this.base, '会议记录.pdf');
    return [await this.evidenceFile];
  }

  async expect(
    status: number,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer> {
    const answer = await call(this.base, method, path, body, headers);
    if (answer.status !== status)
      throw new Error(
        `${method} ${path} answered ${answer.status}, expected ${status}: ${answer.text.slice(0, 500)}`,
      );
    return answer;
  }

  async society(name: string, kind = 'society', creditCode?: string): Promise<string> {
    return (
      await this.expect(201, 'POST', '/societies', { id: randomUUID(), name, kind, creditCode })
    ).body.id;
  }

  async member(name: string, position = 'member'): Promise<string> {
    return (await this.expect(201, 'POST', '/members', { name, position })).body.id;
  }

  async campaign(
    title: string,
    launch?: {
      startsOn: string;
      endsOn: string;
      lecturesPerSociety: number;
      serviceTasksPerSociety: number;
    },
  ): Promise<string> {
    const id = (await this.expect(201, 'POST', '/campaigns', { title })).body.id;
    if (launch) {
      const { startsOn, endsOn, ...targets } = launch;
      await this.expect(200, 'POST', `/campaigns/${id}/launch`, { startsOn, endsOn, targets });
    }
    return id;
  }

  async assign(campaignId: string, societyId: string, liaisonId: string): Promise<Answer> {
    return this.expect(201, 'POST', `/campaigns/${campaignId}/assignments`, {
      societyId,
      liaisonId,
    });
  }

  /**
   * A lecture of a new campaign of one lecture a society (July to December 2021), its
   * society assigned to `lecturerId`: ready to be delivered.
   */
  async campaignLecture(
    societyId: string,
    lecturerId: string,
    title = '学习贯彻“七一”重要讲话精神',
  ): Promise<string> {
    const campaign = await this.campaign(title, {
      startsOn: '2021-07-01',
      endsOn: '2021-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 0,
    });
    await this.assign(campaign, societyId, lecturerId);
    return this.lecture(campaign, societyId, lecturerId);
  }

  async lecture(
    campaignId: string,
    societyId: string,
    lecturerId: string,
    topic = '学习贯彻习近平总书记“七一”重要讲话精神',
  ): Promise<string> {
    return (
      await this.expect(201, 'POST', '/lectures', {
        campaignId,
        societyId,
        lecturerId,
        topic,
        scheduledAt: '2021-08-10T09:30:00+08:00',
        format: 'onsite',
        place: '学会会议室',
      })
    ).body.id;
  }

  delivery(partyMemberAudience: number, otherAudience: number, deliveredOn = '2021-08-10') {
    return {
      deliveredOn,
      partyMemberAudience,
      otherAudience,
      summary: `宣讲“七一”重要讲话精神，党员${partyMemberAudience}人、科技工作者${otherAudience}人参加。`,
      evidence: [],
    };
  }

  async task(
    societyId: string,
    campaignId: string | undefined,
    title = '为会员单位解决技术难题',
  ): Promise<string> {
    return (
      await this.expect(201, 'POST', '/service-tasks', {
        societyId,
        campaignId,
        title,
        need: '会员提出的需求',
        raisedBy: '会员代表',
        beneficiary: 'member-units',
      })
    ).body.id;
  }

  /** Reads a view, waiting until it reflects at least `version`. */
  async view(path: string, version = 1): Promise<any> {
    return (await this.expect(200, 'GET', `${path}?minVersion=${version}`)).body;
  }
}
