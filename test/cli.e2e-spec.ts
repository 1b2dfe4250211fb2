import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creditCodeCheckCharacter } from '@pb/domain';
import { loadConfig, Runtime } from '@pb/platform';
import type { MemberView } from '@pb/projections';
import { startApi } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';

jest.setTimeout(60_000);

const CLI = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'cli.js');
const HEADERS = ['序号', '委员姓名', '委员职务', '学会名称', '学会类型', '统一社会信用代码'];
const code = (n: number) => {
  const first17 = `5112000060${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the command-line tool in embedded mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-cli-'));
  const env = { DATA_DIR: dataDir, MODE: 'embedded', AUTH_JWT_SECRET: TEST_JWT_SECRET };
  const cli = (...args: string[]) =>
    new Promise<Run>((resolve) =>
      execFile(
        process.execPath,
        [CLI, ...args],
        // Without MONGODB_URI and KAFKA_BROKERS the CLI opens the SQLite store of dataDir.
        { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
  let campaignId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    const api = await startApi(loadConfig({ ...env, PORT: '0' }), { logger: false });
    try {
      const client = new ApiClient(api.url);
      campaignId = await client.campaign('学习贯彻党的二十大精神宣讲', {
        startsOn: '2026-01-05',
        endsOn: '2026-12-31',
        lecturesPerSociety: 1,
        serviceTasksPerSociety: 1,
      });
      ids = {
        王建国: await client.member('王建国', 'member'),
        李红: await client.member('李红', 'expert'),
        天津市建筑学会: await client.society('天津市建筑学会', 'society', code(1)),
        天津市电子学会: await client.society('天津市电子学会', 'society'),
        天津市药学会: await client.society('天津市药学会', 'society'),
      };
      await client.assign(campaignId, ids.天津市建筑学会!, ids.王建国!);
      await client.assign(campaignId, ids.天津市药学会!, ids.王建国!);
      await client.view(`/campaigns/${campaignId}`, 3);
    } finally {
      await api.app.close();
    }
  });

  it('imports an arrangement table row by row, prints the report and records the actor', async () => {
    const file = join(dataDir, '宣讲安排表.csv');
    writeFileSync(
      file,
      [
        HEADERS.join(','),
        '1,王建国,委员,天津市电子学会,学会,',
        `2,李红,宣讲专家,天津市建筑学会,学会,${code(1)}`,
        `3,张伟,委员,天津市机械工程学会,学会,${code(2)}`,
        '4,赵敏,主任,天津市医学会,学会,',
        '5,王建国,委员,天津市药学会,学会,',
        '6,王建国,委员,天津市电子学会,学会,',
      ].join('\r\n'),
    );

    const first = await cli('import', '--campaign', campaignId, '--actor', '办公室张三', file);

    expect(first.code).toBe(1);
    const lines = first.stdout.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^import: 宣讲安排表\.csv \(csv, utf-8\): 6 rows, 4 accepted, 2 refused; /,
        ),
        '  assignments: 2 created, 1 moved, 1 unchanged',
        '  registered: 1 members, 1 societies; 0 positions changed',
        '  refused rows (2):',
        expect.stringMatching(/^ {4}IMPORT\.POSITION_UNKNOWN \[委员职务\]: 第5行：.*主任/),
        expect.stringMatching(
          /^ {4}IMPORT\.SOCIETY_REPEATED \[学会名称\]: 第7行：.*天津市电子学会/,
        ),
        'import: 2 row(s) refused, the others applied',
      ]),
    );
    expect(first.stderr).toContain('import: 5/5 rows (100 %)');
    expect(first.stderr).not.toContain('\u001b[');

    const runtime = await Runtime.open(loadConfig(env));
    try {
      const events = [];
      for (let after: string | null = null, page; ; after = page.next) {
        page = await runtime.infra.store.readAll(after, 1000);
        events.push(...page.commits.flatMap((c) => c.events));
        if (page.commits.length === 0 || page.next === null) break;
      }
      const imported = events.filter((e) => e.actor === '办公室张三');
      expect(imported.map((e) => e.type).sort()).toEqual([
        'MemberRegistered',
        'SocietyAssigned',
        'SocietyAssigned',
        'SocietyReassigned',
        'SocietyRegistered',
      ]);
      expect(imported.find((e) => e.type === 'SocietyReassigned')).toMatchObject({
        data: { societyId: ids.天津市建筑学会, liaisonId: ids.李红, reason: '导入更新' },
      });
      expect(imported.find((e) => e.type === 'MemberRegistered')).toMatchObject({
        data: { name: '张伟' },
      });
      // Published to the views by the command itself: the new member is there by name.
      const members = await runtime.infra.views.find<MemberView>('members', {
        where: { status: 'active' },
        limit: 10,
        after: null,
      });
      expect(members.items.map((m) => m.name).sort()).toEqual(['张伟', '李红', '王建国'].sort());
    } finally {
      await runtime.close();
    }

    const again = await cli('import', '--campaign', campaignId, '--actor', '办公室张三', file);
    expect(again.stdout).toContain('  assignments: 0 created, 0 moved, 4 unchanged');
    expect(again.stdout).toContain('  registered: 0 members, 0 societies; 0 positions changed');
  });

  it('rebuilds and verifies with plain progress lines and a summary', async () => {
    const rebuilt = await cli('rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/^rebuild: replay: \d+ commits$/m);
    expect(rebuilt.stderr).toMatch(/^rebuild: status views: (\d+)\/\1 views \(100 %\)$/m);
    expect(rebuilt.stdout).toMatch(
      /^rebuild: \d+ events in \d+ commits replayed, every view replaced under its own name; /m,
    );

    const verified = await cli('verify');
    expect(verified.code).toBe(0);
    expect(verified.stderr).toMatch(/^verify: \d+ commits read$/m);
    expect(verified.stdout).toContain('verify: OK, nothing missing or altered');

    const checked = await cli('check');
    expect(checked.stdout).toContain('check: the views agree with the event store');
  });

  it('exits 2 with a message naming what is wrong in the command line', async () => {
    const missing = await cli('import', join(dataDir, '宣讲安排表.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('import: --campaign <uuid> is required');

    const noCampaign = await cli(
      'import',
      '--campaign',
      randomUUID(),
      join(dataDir, '宣讲安排表.csv'),
    );
    expect(noCampaign.code).toBe(2);
    expect(noCampaign.stderr).toContain('does not exist');

    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
