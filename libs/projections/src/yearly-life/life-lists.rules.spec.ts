import { quarterStandings, redAndBlackLists, type LifeStanding } from './life-lists.rules';
import { TABLE, fullQuarter, org, record } from './yearly-life.testing';

const standing = (
  name: string,
  met: number,
  slots: number,
  attendance: number | null,
): LifeStanding => ({
  societyId: `id-${name}`,
  name,
  slots,
  met,
  completeness: slots === 0 ? null : met / slots,
  attendance,
});

/*
 * Worked by hand (zh-CN order: 北京 < 成都 < 东方 < 高原 < 华夏 < 江南 < 无锡), red list 2, black 3:
 *   complete: 北京 (attendance 0.95), 华夏 (0.9), 江南 (0.9);
 *   behind:   东方 4/8 (0.8), 高原 4/8 (no record counted: 0), 成都 0/8 (none);
 *   无锡 has no slots and stands on neither list.
 *   red:   北京 0.95, then 华夏 and 江南 tie at 0.9 and 华 comes before 江: [北京, 华夏].
 *   black: 成都 (0), then 高原 and 东方 at 0.5, 高原's attendance 0 below 东方's 0.8,
 *          then 江南 (1.0), cut at 3: [成都, 高原, 东方].
 */
const QUARTER = [
  standing('江南', 8, 8, 0.9),
  standing('华夏', 8, 8, 0.9),
  standing('北京', 8, 8, 0.95),
  standing('东方', 4, 8, 0.8),
  standing('高原', 4, 8, null),
  standing('成都', 0, 8, null),
  standing('无锡', 0, 0, null),
];
const names = (list: readonly LifeStanding[]) => list.map((s) => s.name);

describe('the red and black lists', () => {
  it('rank the complete by attendance and the rest from furthest behind, ties by name', () => {
    const lists = redAndBlackLists(QUARTER, { redListSize: 2, blackListSize: 3 });
    expect(names(lists.red)).toEqual(['北京', '华夏']);
    expect(names(lists.black)).toEqual(['成都', '高原', '东方']);
  });

  it('put a complete society cut from the red list last on the black one, never on both', () => {
    const long = redAndBlackLists(QUARTER, { redListSize: 2, blackListSize: 10 });
    expect(names(long.black)).toEqual(['成都', '高原', '东方', '江南']);
    const wide = redAndBlackLists(QUARTER, { redListSize: 10, blackListSize: 10 });
    expect(names(wide.red)).toEqual(['北京', '华夏', '江南']);
    expect(names(wide.black)).toEqual(['成都', '高原', '东方']);
  });

  it('leave both lists empty when no society has slots', () => {
    expect(redAndBlackLists([standing('无锡', 0, 0, null)], TABLE)).toEqual({ red: [], black: [] });
  });

  it('stand the registered societies of a quarter from their organisation and records', () => {
    const society = (societyId: string, name: string, registered: boolean) => ({
      societyId,
      name,
      registered,
      seats: { council: org('committee', true), secretariat: null },
      records: [...fullQuarter('A', 2026, 2, 8), record('B', 'theme-day', '2026-04-03', 5, 10)],
    });
    const standings = quarterStandings(
      [society('A', '安徽', true), society('B', '北京', true), society('C', '成都', false)],
      TABLE,
      2026,
      2,
      '2026-06-30',
    );
    // 11 slots a quarter for a 党委 with groups; 安徽 meets all at 8 of 10 present each time.
    expect(standings).toEqual([
      { societyId: 'A', name: '安徽', slots: 11, met: 11, completeness: 1, attendance: 0.8 },
      { societyId: 'B', name: '北京', slots: 11, met: 1, completeness: 0.0909, attendance: 0.5 },
    ]);
  });
});
