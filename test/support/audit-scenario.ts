import { ApiClient } from './api-client';

export interface AuditedLecture {
  readonly lectureId: string;
  readonly streamId: string;
  readonly returnReason: string;
}

/**
 * A lecture with a history worth auditing, set up through the API with the office's
 * token: scheduled, delivered, returned with a reason. Each call makes its own society,
 * member and campaign.
 */
export async function auditedLecture(base: string, tag: string): Promise<AuditedLecture> {
  const client = new ApiClient(base);
  const society = await client.society(`中国审计学会（${tag}）`);
  const member = await client.member(`审计委员${tag}`);
  const campaign = await client.campaign(`学习贯彻“七一”重要讲话精神（${tag}）`, {
    startsOn: '2021-07-19',
    endsOn: '2021-12-31',
    lecturesPerSociety: 1,
    serviceTasksPerSociety: 1,
  });
  await client.assign(campaign, society, member);
  const lectureId = await client.lecture(campaign, society, member);
  await client.expect(200, 'POST', `/lectures/${lectureId}/delivery`, client.delivery(30, 120));
  const returnReason = `签到表不清晰，请重新拍照（${tag}）`;
  await client.expect(200, 'POST', `/lectures/${lectureId}/return`, { reason: returnReason });
  return { lectureId, streamId: `lecture-${lectureId}`, returnReason };
}
