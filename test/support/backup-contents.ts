import { createHash } from 'node:crypto';
import { ApiClient } from './api-client';
import { fixture, upload } from './evidence';
import { call } from './http';
import { memberToken } from './inspection-client';

/** What a backup must keep besides the events: an evidence file and an account. */
export interface Kept {
  readonly photo: Buffer;
  readonly sha256: string;
  readonly lecture: string;
  readonly lecturerToken: string;
  readonly accountId: string;
  readonly login: string;
  readonly password: string;
  /** The session cookie of a sign-in made before the backup. */
  readonly cookie: string;
}

/**
 * A photo uploaded through the api and named by a lecture's delivery, and an account
 * whose password was set through its invitation and which signed in.
 */
export async function keepEvidenceAndAccount(base: string): Promise<Kept> {
  const office = new ApiClient(base);
  const society = await office.society('中国电子学会');
  const lecturer = await office.member('张宣讲', 'member');
  const lecturerToken = await memberToken(lecturer);
  const lecture = await office.campaignLecture(society, lecturer);
  const photo = fixture('宣讲现场.jpg');
  const uploaded = await upload(base, photo, '宣讲现场.jpg', lecturerToken);
  expect(uploaded.status).toBe(201);
  const { sha256 } = uploaded.body as { sha256: string };
  const delivered = await call(
    base,
    'POST',
    `/lectures/${lecture}/delivery`,
    { ...office.delivery(30, 200), evidence: [{ sha256 }] },
    { authorization: `Bearer ${lecturerToken}` },
  );
  expect(delivered.status).toBe(200);

  const login = 'backup.office';
  const password = '备份之前设的密码-2026';
  const invited = await call(base, 'POST', '/accounts', {
    login,
    displayName: '办公室',
    role: 'admin',
  });
  expect(invited.status).toBe(201);
  const accepted = await call(base, 'POST', '/session/invitation', {
    token: invited.body.invitation.token,
    password,
  });
  expect(accepted.status).toBe(201);
  const signedIn = await signIn(base, login, password);
  expect(signedIn.status).toBe(200);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const accountId = invited.body.id as string;
  return { photo, sha256, lecture, lecturerToken, accountId, login, password, cookie };
}

export const signIn = (base: string, login: string, password: string) =>
  call(base, 'POST', '/session', { login, password }, { authorization: 'none' });

/** The restored api serves the photo, signs the account in and knows its session. */
export async function expectKept(base: string, kept: Kept): Promise<void> {
  const served = await fetch(`${base}/files/${kept.sha256}`, {
    headers: { authorization: `Bearer ${kept.lecturerToken}` },
  });
  expect(served.status).toBe(200);
  const bytes = Buffer.from(await served.arrayBuffer());
  expect(bytes).toEqual(kept.photo);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(kept.sha256);
  const lecture = await call(base, 'GET', `/lectures/${kept.lecture}`);
  expect(lecture.body.delivery.evidence).toEqual([
    expect.objectContaining({ sha256: kept.sha256, name: '宣讲现场.jpg' }),
  ]);
  expect((await signIn(base, kept.login, kept.password)).status).toBe(200);
  const wrong = await signIn(base, kept.login, `${kept.password}-不对`);
  expect([wrong.status, wrong.body.code]).toEqual([401, 'AUTH.CREDENTIALS_WRONG']);
  const session = await call(base, 'GET', '/session', undefined, {
    authorization: 'none',
    cookie: kept.cookie,
  });
  expect([session.status, session.body.account?.login]).toEqual([200, kept.login]);
}
