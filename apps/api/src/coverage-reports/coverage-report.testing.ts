import {
  lecture,
  meeting,
  reportInput,
  seated,
  society,
  task,
} from '../life-reports/life-report.testing';

const posted = (since: string, recalledOn: string | null = null) => ({
  instructorPosts: [{ memberId: null, since, recalledOn }],
});

/*
 * The coverage of compute-coverage.spec.ts: the third quarter of 2026, read in Shanghai. Work coverage counts a lecture given, a
 * meeting held (not withdrawn) or a task accepted in the quarter up to the day read.
 */
export const COVERAGE_INPUT = reportInput({
  societies: [
    society('ah', '安徽省化学会', { council: seated('committee'), secretariat: seated('branch') }),
    society('bj', '北京市物理学会', { council: seated('joint-branch') }),
    society('cs', '成都市药学会', {}, posted('2026-03-01')),
    // Recalled on 15 August: in post up to the day before.
    society('dl', '大连市林学会', {}, posted('2026-03-01', '2026-08-15')),
    society('ez', '鄂州市医学会', { secretariat: seated('work-group') }),
    society('fz', '福州市农学会', { council: seated('branch') }, { status: 'deregistered' }),
    society('gz', '广州市化工学会'),
    society('hn', '海南省气象学会', { secretariat: seated('joint-branch') }, posted('2026-05-01')),
  ],
  lectures: [
    lecture('ah', 'c1', 'confirmed', '2026-07-10'),
    lecture('dl', 'c1', 'cancelled', null),
    lecture('gz', 'c1', 'delivered', '2026-08-20'),
    lecture('fz', 'c1', 'delivered', '2026-07-10'),
  ],
  records: [
    meeting('bj', 'theme-day', '2026-07-01'),
    meeting('ez', 'theme-day', '2026-07-02', 8, 10, true),
    meeting('hn', 'committee-meeting', '2026-07-15'),
  ],
  tasks: [
    // 00:30 on 1 July in Shanghai: accepted in the quarter.
    task('cs', 'in-progress', { acceptedAt: '2026-06-30T16:30:00.000Z' }),
    // 23:30 on 30 June in Shanghai: the quarter before.
    task('dl', 'in-progress', { acceptedAt: '2026-06-30T15:30:00.000Z' }),
  ],
});
