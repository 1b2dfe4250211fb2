import { lifeReading } from '../life-reports/life-report.inputs';
import { computeCoverage } from './compute-coverage';
import { COVERAGE_INPUT as INPUT } from './coverage-report.testing';

const Q3 = { year: 2026, quarter: 3 } as const;
const on = (asOfDate: string) => ({ asOf: `${asOfDate}T04:00:00.000Z`, asOfDate });

describe('the two full coverages', () => {
  const reading = lifeReading(INPUT, 'Asia/Shanghai');

  it('counts organisation coverage by council, secretariat and other means, and lists the uncovered', () => {
    const { organisation } = computeCoverage(reading, Q3, on('2026-08-15'));
    expect(organisation).toMatchObject({
      on: '2026-08-15',
      registered: 7,
      // 安徽 holds both seats; 鄂州's work group covers its secretariat.
      council: 1,
      secretariat: 2,
      // 北京 (joint branch at its council), 长沙 (instructor), 海南 (joint branch and instructor).
      otherMeans: 3,
      joint: 2,
      instructor: 2,
      covered: 5,
      uncovered: [
        { societyId: 'dl', name: '大连市林学会' },
        { societyId: 'gz', name: '广州市化工学会' },
      ],
    });
    expect(organisation.societies.map((row) => row.societyId)).toEqual([
      'ah',
      'bj',
      'cs',
      'dl',
      'ez',
      'gz',
      'hn',
    ]);
    expect(organisation.societies[6]).toMatchObject({
      council: false,
      secretariat: false,
      joint: true,
      instructor: true,
      covered: true,
    });
  });

  it('counts work coverage in the quarter up to the day read, dating acceptances in the federation’s zone', () => {
    const { work, period } = computeCoverage(reading, Q3, on('2026-08-15'));
    expect(period.label).toBe('2026Q3');
    // The lecture of 20 August is not given yet; 大连's task was accepted in June; 鄂州's meeting was withdrawn.
    expect([work.registered, work.covered]).toEqual([7, 4]);
    expect(work.uncovered.map((s) => s.name)).toEqual([
      '大连市林学会',
      '鄂州市医学会',
      '广州市化工学会',
    ]);
    expect(work.societies.find((s) => s.societyId === 'cs')).toEqual({
      societyId: 'cs',
      name: '成都市药学会',
      lectures: 0,
      lifeRecords: 0,
      acceptedTasks: 1,
      covered: true,
    });
  });

  it('reads the instructor in post on the day: the day before the recall still covers', () => {
    const { organisation } = computeCoverage(reading, Q3, on('2026-08-14'));
    expect([organisation.covered, organisation.instructor]).toEqual([6, 3]);
    expect(organisation.uncovered.map((s) => s.societyId)).toEqual(['gz']);
  });
});
