import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from './api-client';
import { upload } from './evidence';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A small PDF of its own: every call gives other bytes, so another hash. */
export const uniquePdf = (what: string): Buffer =>
  Buffer.from(`%PDF-1.4\n% ${what} ${randomUUID()}\n%%EOF\n`, 'utf8');

export interface AuditedLecture {
  readonly lectureId: string;
  readonly streamId: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly returnReason: string;
}

/**
 * A lecture with a history worth auditing, set up through the API with the office's
 * token: scheduled, delivered with a sign-in sheet uploaded as evidence, returned with a
 * reason. Each call makes its own society, member and campaign.
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
  const fileName = `签到表（${tag}）.pdf`;
  const uploaded = await upload(base, uniquePdf(tag), fileName);
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}`);
  const fileSha256: string = uploaded.body.sha256;
  await client.expect(200, 'POST', `/lectures/${lectureId}/delivery`, {
    ...client.delivery(30, 120),
    evidence: [{ sha256: fileSha256, name: fileName }],
  });
  const returnReason = `签到表不清晰，请重新拍照（${tag}）`;
  await client.expect(200, 'POST', `/lectures/${lectureId}/return`, { reason: returnReason });
  return { lectureId, streamId: `lecture-${lectureId}`, fileName, fileSha256, returnReason };
}

/** Puts other bytes where the embedded store keeps a file (`<DATA_DIR>/files/ab/<sha256>`). */
export function replaceOnDisk(dataDir: string, fileSha256: string, bytes: Buffer): void {
  writeFileSync(join(dataDir, 'files', fileSha256.slice(0, 2), fileSha256), bytes);
}
