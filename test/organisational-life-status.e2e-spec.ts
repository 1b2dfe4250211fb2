import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { societyDecider, type SocietyCommand } from '@pb/domain';
import { loadConfig } from '@pb/platform';
import { monthsBegun, quarterOf } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { dateIn } from '../apps/api/src/reports/report-clock';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { directCommands } from './support/direct-commands';
import { waitForViewsToCatchUp } from './support/expectations';
import { call } from './support/http';
import { lifeRecords } from './support/organisational-life-records';

jest.setTimeout(120000);

/**
 * Organisational life this quarter and organisation coverage today in the society status
 * views, their list filters and the society's seats and instructor, through HTTP in
 * embedded mode. Read on the real today, so the meetings are held on the first days of
 * the months of this quarter begun so far (`months` of them); the default table holds.
 *
 * - 化工: a branch at the council without groups, every slot met, 9 of 10 present each time;
 * - 电子: a committee with groups at the secretariat, an assembly and a committee meeting in
 *   the quarter's first month (a theme day withdrawn, another corrected to last quarter);
 * - 农学: no organisation, an instructor in post since 1 January 2026;
 * - 物理: a joint branch at the secretariat, nothing held;
 * - 数学: no organisation, its instructor recalled in 2025: uncovered; deregistered.
 *
 * Their vitality this quarter, default weights, no campaign, stars or rectification (whose
 * 10 points every ranked society has in full): 化工 30 + 9 + 10 = 49; 电子 30 × 2 / slots +
 * 7 + 10; 农学 (no slots) and 物理 (none met) 10 each, sharing rank 3; 数学 is not ranked.
 */
describe('organisational life and coverage in the society status views (embedded)', () => {
  let api: Api;
  let client: ApiClient;
  const ids: Record<'chemistry' | 'electronics' | 'agronomy' | 'physics' | 'maths', string> = {
    chemistry: '',
    electronics: '',
    agronomy: '',
    physics: '',
    maths: '',
  };
  let today: string;
  let period: string;
  let months: string[];

  const get = async (path: string) => (await client.expect(200, 'GET', path)).body;
  const listed = async (query: string) =>
    ((await get(`/societies?${query}`)).items as { id: string }[]).map((s) => s.id).sort();
  /** This quarter's figures as the status shows them. */
  const life = (
    slots: number,
    met: number,
    completeness: number | null,
    attendance: number | null,
  ) => ({
    period,
    slots,
    met,
    completeness,
    attendance,
  });
  const named = (...keys: (keyof typeof ids)[]) => keys.map((key) => ids[key]).sort();

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-life-status-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    today = dateIn(new Date(), api.runtime.config.timeZone);
    const { year, quarter } = quarterOf(today);
    period = `${year}Q${quarter}`;
    months = monthsBegun(year, quarter, today);
    const firstDay = `${months[0]}-01`;
    const dayBefore = new Date(Date.parse(firstDay) - 86_400_000).toISOString().slice(0, 10);

    ids.chemistry = await client.society('天津市化工学会');
    ids.electronics = await client.society('天津市电子学会');
    ids.agronomy = await client.society('天津市农学会');
    ids.physics = await client.society('天津市物理学会');
    ids.maths = await client.society('天津市数学会');
    const organise = (societyId: string, body: object) =>
      client.expect(200, 'POST', `/societies/${societyId}/party-organisation`, body);
    await organise(ids.chemistry, { form: 'branch', seat: 'council', groups: false });
    await organise(ids.electronics, {
      form: 'committee',
      seat: 'secretariat',
      groups: true,
      secretary: '王芳',
      memberCount: 40,
    });
    await organise(ids.physics, { form: 'joint-branch', seat: 'secretariat' });

    const run = directCommands(api);
    const society = (societyId: string, command: SocietyCommand) =>
      run('society', societyId, societyDecider, command);
    const send = (societyId: string, since: string) =>
      society(societyId, {
        type: 'SendPartyBuildingInstructor',
        societyId,
        instructorName: '刘洋',
        since,
      });
    await send(ids.agronomy, '2026-01-01');
    await send(ids.maths, '2025-01-01');
    await society(ids.maths, {
      type: 'RecallPartyBuildingInstructor',
      societyId: ids.maths,
      on: '2025-06-30',
      reason: '学会已完成换届',
    });
    await client.expect(200, 'POST', `/societies/${ids.maths}/deregister`, {
      reason: '学会已注销',
    });

    const life = lifeRecords(api);
    const meet = { present: 9, expected: 10 };
    for (const kind of ['member-assembly', 'party-lecture'] as const)
      await life.record(ids.chemistry, { kind, heldOn: firstDay, ...meet });
    for (const month of months)
      for (const kind of ['committee-meeting', 'theme-day'] as const)
        await life.record(ids.chemistry, { kind, heldOn: `${month}-01`, ...meet });

    await life.record(ids.electronics, {
      kind: 'member-assembly',
      heldOn: firstDay,
      present: 6,
      expected: 10,
    });
    await life.record(ids.electronics, { heldOn: firstDay, present: 8, expected: 10 });
    const withdrawn = await life.record(ids.electronics, { kind: 'theme-day', heldOn: firstDay });
    await life.withdraw(withdrawn, '重复录入');
    const corrected = await life.record(ids.electronics, { kind: 'theme-day', heldOn: firstDay });
    await life.correct(
      ids.electronics,
      corrected,
      { kind: 'theme-day', heldOn: dayBefore },
      '日期记错',
    );
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
  });

  afterAll(async () => {
    await api.app.close();
  });

  it('shows a society that met every slot so far this quarter, and the seat that covers it', async () => {
    const status = await get(`/societies/${ids.chemistry}/status`);
    // a committee meeting and a theme day each month begun, an assembly and a lecture
    const slots = 2 * months.length + 2;
    expect(status.organisationalLife).toEqual(life(slots, slots, 1, 0.9));
    expect(status.coverage).toEqual({ covered: true, how: ['council'] });
    expect(status.asOfDate).toBe(today);
  });

  it('counts neither a withdrawn record nor one corrected into last quarter', async () => {
    const status = await get(`/societies/${ids.electronics}/status`);
    // with groups: three monthly kinds each month begun and two quarterly kinds; met: the
    // assembly and the first month's committee meeting; attendance (6 + 8) / (10 + 10)
    const slots = 3 * months.length + 2;
    const completeness = Math.round((2 / slots) * 10000) / 10000;
    expect(status.organisationalLife).toEqual(life(slots, 2, completeness, 0.7));
    expect(status.coverage).toEqual({ covered: true, how: ['secretariat'] });
  });

  it('covers a society without an organisation by its instructor, without slots', async () => {
    const status = await get(`/societies/${ids.agronomy}/status`);
    expect(status.organisationalLife).toEqual(life(0, 0, null, null));
    expect(status.coverage).toEqual({ covered: true, how: ['instructor'] });
    expect((await get(`/societies/${ids.physics}/status`)).coverage).toEqual({
      covered: true,
      how: ['joint'],
    });
    expect((await get(`/societies/${ids.maths}/status`)).coverage).toEqual({
      covered: false,
      how: [],
    });
  });

  it('filters the society list by coverage and by complete organisational life, as of today', async () => {
    expect(await listed('coverage=uncovered')).toEqual(named('maths'));
    expect(await listed('coverage=covered')).toEqual(
      named('chemistry', 'electronics', 'agronomy', 'physics'),
    );
    expect(await listed('lifeComplete=true')).toEqual(named('chemistry'));
    // 物理 has slots and met none; 农学 and 数学 have no slots and stand on neither side
    expect(await listed('lifeComplete=false')).toEqual(named('electronics', 'physics'));
    expect(await listed('coverage=covered&lifeComplete=false&status=registered')).toEqual(
      named('electronics', 'physics'),
    );
    const paged = await get('/societies?coverage=covered&limit=2');
    expect(paged.items).toHaveLength(2);
    const rest = await get(
      `/societies?coverage=covered&limit=2&cursor=${encodeURIComponent(paged.next)}`,
    );
    expect([...paged.items, ...rest.items].map((s: { id: string }) => s.id).sort()).toEqual(
      named('chemistry', 'electronics', 'agronomy', 'physics'),
    );
  });

  it('filters the society list by attendance this quarter, strictly below, never a society without a record', async () => {
    // 化工 0.9, 电子 0.7; 农学, 物理 and 数学 recorded nothing this quarter (attendance null)
    expect(await listed('attendanceBelow=0.7')).toEqual([]);
    expect(await listed('attendanceBelow=0.71')).toEqual(named('electronics'));
    expect(await listed('attendanceBelow=1')).toEqual(named('chemistry', 'electronics'));
    expect(await listed('attendanceBelow=0')).toEqual([]);
    expect(await listed('attendanceBelow=1&lifeComplete=false')).toEqual(named('electronics'));
    expect(await listed('attendanceBelow=0.95&vitalityRankAtMost=1')).toEqual(named('chemistry'));
    const paged = await get('/societies?attendanceBelow=1&limit=1');
    expect(paged.items).toHaveLength(1);
    const rest = await get(
      `/societies?attendanceBelow=1&limit=1&cursor=${encodeURIComponent(paged.next)}`,
    );
    expect([...paged.items, ...rest.items].map((s: { id: string }) => s.id).sort()).toEqual(
      named('chemistry', 'electronics'),
    );
  });

  it('refuses an attendance bound that is not a rate from 0 to 1 with 400 naming the field and the rule', async () => {
    for (const [query, rule] of [
      ['attendanceBelow=-0.1', 'min'],
      ['attendanceBelow=1.5', 'max'],
      ['attendanceBelow=80', 'max'],
      ['attendanceBelow=low', 'isNumber'],
      ['attendanceBelow=', 'isNumber'],
    ]) {
      const refused = await call(api.url, 'GET', `/societies?${query}`);
      expect([query, refused.status]).toEqual([query, 400]);
      const problems = refused.body.errors as { field: string; rule: string }[];
      expect(problems.map((p) => p.field)).toEqual(problems.map(() => 'attendanceBelow'));
      expect(problems.map((p) => p.rule)).toContain(rule);
    }
  });

  it('refuses any other value of the filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['coverage=partly', 'coverage'],
      ['lifeComplete=yes', 'lifeComplete'],
    ]) {
      const refused = await call(api.url, 'GET', `/societies?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe(field);
    }
  });

  it('shows each society’s vitality score and rank this quarter, as the vitality ranking has it', async () => {
    const vitality = async (key: keyof typeof ids) =>
      (await get(`/societies/${ids[key]}/status`)).vitality;
    // 电子 met 2 of 3 × months + 2 slots: 30 × 2 / 5, 2 / 8 or 2 / 11, rounded to 2 decimals
    const electronics = ({ 1: 12, 2: 7.5, 3: 5.45 } as Record<number, number>)[months.length]!;
    const standing = (rank: number, score: number) => ({ period, score, rank, rankedOf: 4 });
    expect(await vitality('chemistry')).toEqual(standing(1, 49));
    expect(await vitality('electronics')).toEqual(standing(2, electronics + 17));
    expect(await vitality('agronomy')).toEqual(standing(3, 10));
    expect(await vitality('physics')).toEqual(standing(3, 10));
    expect(await vitality('maths')).toBeNull();

    // The same as the society's row in GET /vitality, this quarter and for a year asked for.
    const { year } = quarterOf(today);
    for (const [query, label] of [
      ['', period],
      [`?vitalityPeriod=${year}`, String(year)],
    ]) {
      const ranking = (await get(`/vitality${query.replace('vitalityPeriod', 'period')}`)).ranking;
      expect(ranking).toHaveLength(4);
      for (const row of ranking) {
        const status = await get(`/societies/${row.societyId}/status${query}`);
        expect(status.vitality).toEqual({
          period: label,
          score: row.score,
          rank: row.rank,
          rankedOf: 4,
        });
      }
    }
  });

  it('filters the society list by vitality rank and score, never listing an unranked society', async () => {
    expect(await listed('vitalityRankAtMost=1')).toEqual(named('chemistry'));
    // 农学 and 物理 share rank 3: both are kept
    expect(await listed('vitalityRankAtMost=3')).toEqual(
      named('chemistry', 'electronics', 'agronomy', 'physics'),
    );
    expect(await listed('vitalityScoreBelow=10')).toEqual([]);
    expect(await listed('vitalityScoreBelow=10.01')).toEqual(named('agronomy', 'physics'));
    expect(await listed('vitalityScoreBelow=49')).toEqual(
      named('electronics', 'agronomy', 'physics'),
    );
    expect(await listed('vitalityRankAtMost=2&vitalityScoreBelow=49&lifeComplete=false')).toEqual(
      named('electronics'),
    );
    expect(await listed(`vitalityRankAtMost=1&vitalityPeriod=${period}`)).toEqual(
      named('chemistry'),
    );
  });

  it('refuses a vitality filter or period that is not one with 400 naming the field and the rule', async () => {
    for (const [path, field, rule] of [
      ['/societies?vitalityRankAtMost=0', 'vitalityRankAtMost', 'min'],
      ['/societies?vitalityRankAtMost=1.5', 'vitalityRankAtMost', 'isInt'],
      ['/societies?vitalityRankAtMost=top', 'vitalityRankAtMost', 'isInt'],
      ['/societies?vitalityRankAtMost=', 'vitalityRankAtMost', 'isInt'],
      ['/societies?vitalityScoreBelow=-1', 'vitalityScoreBelow', 'min'],
      ['/societies?vitalityScoreBelow=100.5', 'vitalityScoreBelow', 'max'],
      ['/societies?vitalityScoreBelow=low', 'vitalityScoreBelow', 'isNumber'],
      ['/societies?vitalityScoreBelow=', 'vitalityScoreBelow', 'isNumber'],
      ['/societies?vitalityPeriod=2026Q5', 'vitalityPeriod', 'matches'],
      [`/societies/${ids.chemistry}/status?vitalityPeriod=26`, 'vitalityPeriod', 'matches'],
    ]) {
      const refused = await call(api.url, 'GET', path!);
      expect([path, refused.status]).toEqual([path, 400]);
      const problems = refused.body.errors as { field: string; rule: string }[];
      expect(problems.map((p) => p.field)).toEqual(problems.map(() => field));
      expect(problems.map((p) => p.rule)).toContain(rule);
    }
  });

  it('shows the organisation at each seat and the instructor in post on the society', async () => {
    const electronics = await get(`/societies/${ids.electronics}`);
    expect(electronics.organisations).toEqual({
      council: null,
      secretariat: {
        form: 'committee',
        secretary: '王芳',
        memberCount: 40,
        establishedOn: null,
        groups: true,
      },
    });
    expect(electronics.instructor).toBeNull();
    const agronomy = await get(`/societies/${ids.agronomy}`);
    expect(agronomy.organisations).toEqual({ council: null, secretariat: null });
    expect(agronomy.instructor).toEqual({ name: '刘洋', memberId: null, since: '2026-01-01' });
    expect((await get(`/societies/${ids.maths}`)).instructor).toBeNull();
  });

  it('documents the new fields and filters in OpenAPI, with their nullable types', async () => {
    const doc = await get('/docs/openapi.json');
    const schemas = doc.components.schemas;
    const society = schemas.SocietyResponse.properties;
    expect(society.instructor).toMatchObject({ nullable: true });
    expect(society.creditCode).toMatchObject({ type: 'string', nullable: true });
    expect(schemas.SocietyResponse.required).toEqual(
      expect.arrayContaining(['organisations', 'instructor']),
    );
    expect(schemas.OrganisationsResponse.properties.council).toMatchObject({ nullable: true });
    expect(schemas.InstructorResponse.properties.memberId).toMatchObject({
      type: 'string',
      nullable: true,
    });
    const life = schemas.OrganisationalLifeAnswer.properties;
    expect(life.completeness).toMatchObject({ type: 'number', nullable: true });
    expect(life.attendance).toMatchObject({ type: 'number', nullable: true });
    expect(schemas.CoverageAnswer.properties.how.items.enum).toEqual([
      'council',
      'secretariat',
      'joint',
      'instructor',
    ]);
    const parameters = doc.paths['/societies'].get.parameters as {
      name: string;
      description?: string;
      schema: { enum?: string[]; type?: string };
    }[];
    const parameter = (name: string) => parameters.find((p) => p.name === name);
    expect(parameter('coverage')?.schema.enum).toEqual(['covered', 'uncovered']);
    expect(parameter('lifeComplete')?.schema.type).toBe('boolean');
    expect(parameter('vitalityRankAtMost')?.schema).toMatchObject({ type: 'integer', minimum: 1 });
    expect(parameter('vitalityScoreBelow')?.schema).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 100,
    });
    expect(parameter('attendanceBelow')?.schema).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 1,
    });
    expect(parameter('attendanceBelow')?.description).toContain('出席率');
    expect(parameter('vitalityPeriod')?.schema).toMatchObject({ type: 'string' });
    expect(parameter('vitalityPeriod')?.schema).toHaveProperty('pattern');
    const statusParameters = doc.paths['/societies/{id}/status'].get.parameters as {
      name: string;
    }[];
    expect(statusParameters.map((p) => p.name)).toContain('vitalityPeriod');
    const status = schemas.SocietyStatusAnswer;
    expect(status.properties.vitality).toMatchObject({ nullable: true });
    expect(status.properties.vitality.description).toContain('已注销学会不参加排名');
    expect(status.required).toContain('vitality');
    expect(schemas.VitalityStandingAnswer.properties).toMatchObject({
      period: { type: 'string' },
      score: { type: 'number' },
      rank: { type: 'integer', minimum: 1 },
      rankedOf: { type: 'integer' },
    });
  });
});
