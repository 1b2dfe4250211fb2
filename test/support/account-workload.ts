import type { ApiClient } from './api-client';
import { call } from './http';

/**
 * An account through every change the office makes: invited as a liaison of `memberId`,
 * accepted by the person, granted the auditor's role, withdrawn, disabled and enabled.
 */
export async function runAccountWorkload(client: ApiClient, memberId: string): Promise<string> {
  const invited = (
    await client.expect(201, 'POST', '/accounts', {
      login: `liaison.${memberId.slice(0, 8)}`,
      displayName: '联系委员账号',
      role: 'liaison',
      memberId,
    })
  ).body;
  const accepted = await call(
    client.base,
    'POST',
    '/session/invitation',
    { token: invited.invitation.token, password: '一个足够长的密码-2026' },
    { authorization: 'none' },
  );
  if (accepted.status !== 201) throw new Error(`accepting answered ${accepted.status}`);
  const account = `/accounts/${invited.id}`;
  await client.expect(200, 'PUT', `${account}/role`, { role: 'auditor' });
  await client.expect(200, 'DELETE', `${account}/role`);
  await client.expect(200, 'POST', `${account}/disable`, { reason: '离任' });
  await client.expect(200, 'POST', `${account}/enable`);
  return invited.id;
}
