import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore, type AccountView } from '@pb/projections';
import { Cluster } from './support/cluster';
import { waitForClusterToSettle } from './support/expectations';
import { call, until } from './support/http';
import { readTopic } from './support/kafka-topic';
import { kafkaBrokers } from './support/servers';

jest.setTimeout(120_000);

/**
 * Accounts in the distributed mode: sign-in against the MongoDB credential store, and the
 * secrets of a sign-in (the password, the link's token, the session id and the CSRF token)
 * nowhere but in the answers that carry them: not in an event on Kafka, a view, a document
 * of the store's collections or a line any of the three processes logged.
 */
describe('accounts and sign-in in distributed mode', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start('accounts', undefined);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('invites, signs in by cookie, locks, and keeps every secret out of events, views and logs', async () => {
    const base = cluster.base;
    const login = `wang.${randomUUID().slice(0, 6)}`;
    const password = `王五的密码-${randomUUID()}`;
    const wrong = `不对的密码-${randomUUID()}`;

    const invited = await call(base, 'POST', '/accounts', {
      login,
      displayName: '王五',
      role: 'auditor',
    });
    expect(invited.status).toBe(201);
    const token: string = invited.body.invitation.token;
    const accepted = await call(
      base,
      'POST',
      '/session/invitation',
      { token, password },
      { authorization: 'none' },
    );
    expect(accepted.status).toBe(201);
    const sessionId = accepted.headers.get('set-cookie')!.split(';')[0]!.split('=')[1]!;
    const csrf: string = accepted.body.csrfToken;
    const cookie = { authorization: 'none', cookie: `pb_session=${sessionId}` };

    // The session works across the api's reads; a write without its CSRF token does not.
    expect((await call(base, 'GET', '/audit/events?limit=5', undefined, cookie)).status).toBe(200);
    const noCsrf = await call(base, 'DELETE', '/session', undefined, cookie);
    expect([noCsrf.status, noCsrf.body.code]).toEqual([403, 'AUTH.CSRF_INVALID']);

    // Five wrong passwords lock the account, in the MongoDB credential store too.
    const attempts = [];
    for (let i = 0; i < 5; i++)
      attempts.push(
        (
          await call(
            base,
            'POST',
            '/session',
            { login, password: wrong },
            { authorization: 'none' },
          )
        ).status,
      );
    expect(attempts).toEqual([401, 401, 401, 401, 423]);
    const locked = await call(
      base,
      'POST',
      '/session',
      { login, password },
      { authorization: 'none' },
    );
    expect([locked.status, locked.body.code]).toEqual([423, 'AUTH.ACCOUNT_LOCKED']);

    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    await waitForClusterToSettle(store, views);
    const topic = await readTopic(cluster.env.KAFKA_TOPIC!, kafkaBrokers());
    const accountEvents = topic.filter((e) => e.streamId === `account-${invited.body.id}`);
    expect(accountEvents.map((e) => e.type)).toEqual(['AccountInvited', 'InvitationAccepted']);

    const secrets = { password, wrong, token, sessionId, csrf };
    const everywhere: Record<string, string> = {
      topic: JSON.stringify(topic),
      api: cluster.app('api').output.join(''),
      relay: cluster.app('relay').output.join(''),
      projector: cluster.app('projector').output.join(''),
    };
    for (const name of await cluster.db
      .listCollections()
      .map((c) => c.name)
      .toArray())
      everywhere[name] = JSON.stringify(await cluster.db.collection(name).find().toArray());
    expect(everywhere.api).toContain('/session');
    // The session keeps its CSRF token to compare (GET /session gives it to a reloaded
    // page); without the session id, which only its hash names, it opens nothing.
    const kept = (where: string, what: string) => where === 'sessions' && what === 'csrf';
    const found = Object.entries(everywhere).flatMap(([where, text]) =>
      Object.entries(secrets)
        .filter(([what, secret]) => text.includes(secret) && !kept(where, what))
        .map(([what]) => `${what} in ${where}`),
    );
    expect(found).toEqual([]);
    // The hash is stored, and it is argon2id.
    const credential = await cluster.db.collection('credentials').findOne({});
    expect(JSON.stringify(credential)).toMatch(/\$argon2id\$/);
    await until(
      async () => (await views.get<AccountView>('accounts', invited.body.id))?.status,
      (status) => status === 'active',
      30_000,
      'the account view to show the account active',
    );
  });
});
