import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';
import { tokenFor } from './auth';
import type { Answer } from './http';

/** The routes of one inspection batch, called as the office or with another caller's token. */
export class InspectionClient {
  constructor(
    private readonly client: ApiClient,
    readonly batchId: string,
  ) {}

  static async plan(client: ApiClient, body: Record<string, unknown>): Promise<InspectionClient> {
    const id = (await client.expect(201, 'POST', '/inspection-batches', body)).body.id;
    return new InspectionClient(client, id);
  }

  path(societyId?: string, rest = ''): string {
    const batch = `/inspection-batches/${this.batchId}`;
    return societyId === undefined ? `${batch}${rest}` : `${batch}/societies/${societyId}${rest}`;
  }

  /** POSTs to a society's inspection as `token` (the office when null), expecting `status`. */
  post(
    status: number,
    token: string | null,
    societyId: string,
    rest: string,
    body: unknown = {},
  ): Promise<Answer> {
    const headers = token === null ? undefined : { authorization: `Bearer ${token}` };
    return this.client.expect(status, 'POST', this.path(societyId, rest), body, headers);
  }

  /** The batch's answer once its view reflects `version`. */
  batch(version = 1): Promise<any> {
    return this.client.view(this.path(), version);
  }

  /** A society's inspection as the office reads it, once its view reflects `version`. */
  async inspection(societyId: string, version = 0): Promise<any> {
    if (version > 0) return this.client.view(this.path(societyId), version);
    return (await this.client.expect(200, 'GET', this.path(societyId))).body;
  }
}

/** Tokens of committee members (liaison) and of societies' party secretaries. */
export const memberToken = (memberId: string) =>
  tokenFor({ sub: `member-${memberId}`, role: 'liaison', memberId });
export const secretaryToken = (societyId: string) =>
  tokenFor({ sub: `secretary-${societyId}`, role: 'society', societyId });

/**
 * A batch that draws all `registered` societies (so that each is surely in its sample),
 * with `added` added by name, inspected by `memberId`; every society of `visited` visited,
 * the first with one finding and one rectification item, whose ids are answered.
 */
export async function inspectionFixtures(
  client: ApiClient,
  fixture: { registered: number; added: string[]; visited: string[]; memberId: string },
): Promise<{ batch: string; finding: string; item: string }> {
  const { memberId, visited } = fixture;
  const batch = await InspectionClient.plan(client, {
    title: '测试督导批次',
    focus: ['学习宣传贯彻'],
    population: {},
    inspectorIds: [memberId],
    sampleSize: fixture.registered,
  });
  await client.expect(200, 'POST', batch.path(undefined, '/draw'), {});
  for (const societyId of fixture.added)
    await client.expect(200, 'POST', batch.path(undefined, '/societies'), {
      societyId,
      reason: '指定抽查',
    });
  for (const societyId of visited)
    await batch.post(200, null, societyId, '/visit', {
      visitedOn: '2026-04-15',
      inspectorIds: [memberId],
    });
  const [finding, item] = [randomUUID(), randomUUID()];
  await batch.post(201, null, visited[0]!, '/findings', {
    id: finding,
    category: '学习宣传贯彻',
    description: '未开展专题学习',
    severity: 'minor',
  });
  await batch.post(201, null, visited[0]!, '/rectification-items', {
    id: item,
    findingId: finding,
    action: '开展专题学习',
    dueOn: '2026-06-30',
  });
  return { batch: batch.batchId, finding, item };
}
