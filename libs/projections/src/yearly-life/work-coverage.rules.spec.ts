import { workCoverageReport, workOf, type WorkSocietyInput } from './work-coverage.rules';
import type { LectureInput, LifeRecordInput, ServiceTaskInput } from './yearly-life.inputs';
import { lecture, record, task } from './yearly-life.testing';

const society = (
  name: string,
  work: { lectures?: LectureInput[]; records?: LifeRecordInput[]; tasks?: ServiceTaskInput[] },
  registered = true,
): WorkSocietyInput => ({
  societyId: name,
  name,
  registered,
  lectures: work.lectures ?? [],
  records: work.records ?? [],
  tasks: work.tasks ?? [],
});

/*
 * Worked by hand: the second quarter of 2026 read on 20 May.
 *   安徽 a lecture given on 10 April and confirmed: covered;
 *   北京 an organisational-life record of 1 May: covered;
 *   成都 a service task accepted on 19 May: covered;
 *   东方 a cancelled lecture, a withdrawn record, a task accepted on 30 March (first quarter):
 *        uncovered;
 *   福建 a lecture given on 25 May (after the as-of day) and a task accepted on 2 April and
 *        cancelled since: uncovered;
 *   高原 deregistered: not counted.
 * registered 5, covered 3, uncovered 东方, 福建.
 * The whole year read on 31 December adds 东方 (its March task) and 福建 (its May lecture): 5.
 */
const SOCIETIES = [
  society('福建', {
    lectures: [lecture('福建', 'c1', 'delivered', '2026-05-25')],
    tasks: [task('福建', 'cancelled', { acceptedOn: '2026-04-02' })],
  }),
  society('东方', {
    lectures: [lecture('东方', 'c1', 'cancelled', null)],
    records: [record('东方', 'theme-day', '2026-04-05', 9, 10, true)],
    tasks: [task('东方', 'in-progress', { acceptedOn: '2026-03-30' })],
  }),
  society('成都', { tasks: [task('成都', 'in-progress', { acceptedOn: '2026-05-19' })] }),
  society('北京', { records: [record('北京', 'committee-meeting', '2026-05-01')] }),
  society('安徽', { lectures: [lecture('安徽', 'c1', 'confirmed', '2026-04-10')] }),
  society('高原', { lectures: [lecture('高原', 'c1', 'confirmed', '2026-04-10')] }, false),
];

describe('work coverage', () => {
  it('counts a society reached by a lecture, a record or an accepted task in the period', () => {
    const report = workCoverageReport(SOCIETIES, { year: 2026, quarter: 2 }, '2026-05-20');
    expect(report).toMatchObject({
      registered: 5,
      covered: 3,
      uncovered: [
        { societyId: '东方', name: '东方' },
        { societyId: '福建', name: '福建' },
      ],
    });
    expect(
      report.societies.map((s) => [s.name, s.lectures, s.lifeRecords, s.acceptedTasks]),
    ).toEqual([
      ['安徽', 1, 0, 0],
      ['北京', 0, 1, 0],
      ['成都', 0, 0, 1],
      ['东方', 0, 0, 0],
      ['福建', 0, 0, 0],
    ]);
  });

  it('reads a year over its whole length up to the as-of day', () => {
    const report = workCoverageReport(SOCIETIES, { year: 2026, quarter: null }, '2026-12-31');
    expect(report).toMatchObject({ registered: 5, covered: 5, uncovered: [] });
  });

  it("counts only the society's own work, and nothing in a period not yet begun", () => {
    const other = society('江南', { records: [record('北京', 'theme-day', '2026-05-01')] });
    expect(workOf(other, { year: 2026, quarter: 2 }, '2026-05-20').covered).toBe(false);
    const later = workOf(SOCIETIES[4], { year: 2026, quarter: 3 }, '2026-05-20');
    expect(later).toMatchObject({ lectures: 0, lifeRecords: 0, acceptedTasks: 0, covered: false });
  });
});
