import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenFor } from './support/auth';
import { runCli, runCliWith } from './support/cli';
import { call, type Answer } from './support/http';
import { AppProcess, freePort } from './support/processes';

jest.setTimeout(120_000);

const PASSWORD = '办公室的初始密码-2026';
const LINK = /^\/app\/#\/invitation\/([A-Za-z0-9_-]{43})$/;

/** Every file below `dir`, as bytes: what a secret must not be found in. */
function filesBelow(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/** How many times `secret` occurs in `text`. */
const occurrences = (text: string, secret: string) => text.split(secret).length - 1;

/**
 * The first office (办公室) account as the README has the operator make it: the CLI on a
 * fresh embedded data directory prints a one-time link, the office opens it on the api to
 * set a password, signs in and reads what only the office reads. The link's token is in
 * the one line printed for the operator, and nowhere else: not in the data directory
 * (stored by SHA-256), not in the api's log.
 */
describe('the first office account from the command line (accounts invite-admin)', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'pb-cli-admin-')), 'data');
  let api: AppProcess | null = null;

  /** `accounts invite-admin --login <login> --name <name>` on the data directory. */
  const invite = (login: string, name: string, settings: Record<string, string> = {}) =>
    runCliWith(settings, dataDir, 'accounts', 'invite-admin', '--login', login, '--name', name);

  afterAll(async () => {
    await api?.stop();
  });

  it('refuses a command line it cannot run with exit 2 and a message naming what is wrong, creating nothing', async () => {
    for (const [args, message] of [
      [['accounts'], 'accounts: the only subcommand is invite-admin --login <l> --name <n>'],
      [
        ['accounts', 'invite', '--login', 'office'],
        'accounts: the only subcommand is invite-admin',
      ],
      [['accounts', 'invite-admin', '--login', 'office'], '--login and --name are required'],
      [['accounts', 'invite-admin', '--name', '办公室'], '--login and --name are required'],
      [
        ['accounts', 'invite-admin', '--login', 'office', '--name', '办公室', '--role', 'auditor'],
        "Unknown option '--role'",
      ],
      [
        ['accounts', 'invite-admin', '--login', 'office', '--name', '办公室', 'now'],
        'accounts invite-admin: unexpected now',
      ],
    ] as const) {
      const run = await runCli(dataDir, ...args);
      expect([args, run.code, run.stdout]).toEqual([args, 2, '']);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('(see npm run cli -- help)');
      // Refused before the store is opened: not even the data directory is made.
      expect(existsSync(dataDir)).toBe(false);
    }

    // A login the account rules refuse: the store is opened, no account is written (the
    // audit trail read below holds the office's account alone).
    const invalid = await invite('办 公', '办公室');
    expect([invalid.code, invalid.stdout]).toEqual([2, '']);
    expect(invalid.stderr).toContain('accounts invite-admin: login must be 3 to 64 letters');
  });

  it('invites the office, whose one-time link sets its password; it signs in and lists the accounts, and the token is nowhere but the line printed', async () => {
    // LOG_LEVEL=debug: whatever the CLI logs, the token is only in the line for the operator.
    const invited = await invite('office', '办公室', { LOG_LEVEL: 'debug' });
    expect([invited.code, invited.stderr]).toEqual([0, '']);
    const lines = invited.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^account [0-9a-f-]{36} \(office\) invited as admin$/),
      expect.stringMatching(/^open this one-time link on the api's address before \S+Z:$/),
      expect.stringMatching(LINK),
    ]);
    const accountId = lines[0]!.split(' ')[1]!;
    const token = LINK.exec(lines[2]!)![1]!;
    const expiresAt = Date.parse(/before (\S+):$/.exec(lines[1]!)![1]!);
    // INVITATION_HOURS: 72 by default.
    expect(Math.abs(expiresAt - Date.now() - 72 * 3_600_000)).toBeLessThan(120_000);
    expect(occurrences(invited.stdout + invited.stderr, token)).toBe(1);

    // The same login (in other case) again: refused, nothing written.
    const taken = await invite('OFFICE', '另一个办公室');
    expect([taken.code, taken.stdout]).toEqual([2, '']);
    expect(taken.stderr).toContain('another account already has this login');

    const port = await freePort();
    api = new AppProcess('api', {
      MODE: 'embedded',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'debug',
    }).start();
    await api.waitFor(/listening on/);
    const base = `http://127.0.0.1:${port}`;
    /** A person's request: a session cookie at most, never the tests' bearer token. */
    const person = (method: string, path: string, body?: unknown, headers = {}) =>
      call(base, method, path, body, { authorization: 'none', ...headers });
    const cookieOf = (answer: Answer) => answer.headers.get('set-cookie')!.split(';')[0]!;

    const short = await person('POST', '/session/invitation', { token, password: 'short' });
    expect([short.status, short.body.field]).toEqual([400, 'password']);
    const accepted = await person('POST', '/session/invitation', { token, password: PASSWORD });
    expect(accepted.status).toBe(201);
    const office = {
      id: accountId,
      login: 'office',
      displayName: '办公室',
      role: 'admin',
      memberId: null,
      societyId: null,
    };
    expect(accepted.body.account).toEqual(office);
    const again = await person('POST', '/session/invitation', { token, password: PASSWORD });
    expect([again.status, again.body.code]).toEqual([410, 'AUTH.INVITATION_INVALID']);

    const signedIn = await person('POST', '/session', { login: 'office', password: PASSWORD });
    expect([signedIn.status, signedIn.body.account]).toEqual([200, office]);
    const cookie = cookieOf(signedIn);
    const sessionId = cookie.split('=')[1]!;

    // GET /accounts is the office's alone: a signed-in office reads it, an auditor may not.
    const accounts = await person('GET', '/accounts', undefined, { cookie });
    expect(accounts.status).toBe(200);
    expect(accounts.body.items).toEqual([expect.objectContaining({ ...office, status: 'active' })]);
    expect((await person('GET', '/accounts')).status).toBe(401);
    const auditor = await tokenFor({ sub: 'auditor-test', role: 'auditor' });
    const refused = await person('GET', '/accounts', undefined, {
      authorization: `Bearer ${auditor}`,
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);

    // Nothing else was written: the refused command lines left no event.
    const trail = await person('GET', '/audit/events', undefined, { cookie });
    expect(trail.status).toBe(200);
    const entries = trail.body.items as { what: string; who: string; streamId: string }[];
    expect(entries.map((e) => [e.what, e.streamId])).toEqual([
      ['AccountInvited', `account-${accountId}`],
      ['InvitationAccepted', `account-${accountId}`],
    ]);
    expect(entries[0]!.who).toMatch(/^cli(:|$)/);
    expect(entries[1]!.who).toBe(`account:${accountId}`);

    await api.stop();
    const log = api.output.join('');
    // The whole log was kept (its first line is still there) and holds no secret.
    expect(log).toMatch(/listening on/);
    expect(log).toContain('"request completed"');
    const files = filesBelow(dataDir);
    // The scan reads where a secret would be: the session is there, by its SHA-256.
    const sessionKey = createHash('sha256').update(sessionId).digest('hex');
    expect(files.some(({ bytes }) => bytes.includes(sessionKey))).toBe(true);
    for (const secret of [token, PASSWORD, sessionId]) {
      expect(occurrences(log, secret)).toBe(0);
      for (const { path, bytes } of files)
        expect([path, bytes.includes(secret)]).toEqual([path, false]);
    }
  });
});
