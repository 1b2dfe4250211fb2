import {
  coverageOf,
  coverageReport,
  instructorInPost,
  type CoverageSocietyInput,
} from './coverage.rules';
import type { InstructorPostInput, OrganisationInput } from './yearly-life.inputs';
import { org } from './yearly-life.testing';

const society = (
  name: string,
  council: OrganisationInput | null,
  secretariat: OrganisationInput | null,
  instructors: InstructorPostInput[] = [],
  registered = true,
): CoverageSocietyInput => ({
  societyId: `id-${name}`,
  name,
  registered,
  seats: { council, secretariat },
  instructors,
});

const IN_POST = { since: '2026-03-01', recalledOn: null };

/*
 * Worked by hand on 30 June 2026:
 *   安徽 党委 at the council and a branch at the secretariat: council and secretariat;
 *   北京 党委 at the council, an instructor too: council (other means count only the rest);
 *   成都 branch at the secretariat: secretariat;
 *   东方 joint branch at the council and an instructor: other means, once, joint and instructor;
 *   福建 no organisation, an instructor since 1 March: other means (instructor);
 *   高原 its instructor recalled on 30 June: uncovered that day;
 *   华夏 form none at the council: uncovered;
 *   江南 a work group at the secretariat: secretariat;
 *   无锡 deregistered: not counted.
 * registered 8; council 2; secretariat 3; other means 2 (joint 1, instructor 2);
 * covered 2 + 3 - 1 (安徽 in both) + 2 = 6; uncovered 高原, 华夏.
 */
const SOCIETIES = [
  society('华夏', org('none'), null),
  society('江南', null, org('work-group')),
  society('安徽', org('committee', true), org('branch')),
  society('北京', org('committee'), null, [IN_POST]),
  society('高原', null, null, [{ since: '2026-01-01', recalledOn: '2026-06-30' }]),
  society('成都', null, org('branch')),
  society('东方', org('joint-branch'), null, [IN_POST]),
  society('福建', null, null, [IN_POST]),
  society('无锡', null, null, [], false),
];

describe('organisation coverage', () => {
  it('counts council, secretariat and other means apart and lists the uncovered by name', () => {
    expect(coverageReport(SOCIETIES, '2026-06-30')).toEqual({
      on: '2026-06-30',
      registered: 8,
      council: 2,
      secretariat: 3,
      otherMeans: 2,
      joint: 1,
      instructor: 2,
      covered: 6,
      uncovered: [
        { societyId: 'id-高原', name: '高原' },
        { societyId: 'id-华夏', name: '华夏' },
      ],
    });
  });

  it('takes a joint branch as a joint organisation, not as the seat it sits at', () => {
    expect(coverageOf(society('东方', null, org('joint-branch')), '2026-06-30')).toEqual({
      council: false,
      secretariat: false,
      joint: true,
      instructor: false,
      covered: true,
    });
  });

  it('keeps an instructor in post from the day sent until the day before recall', () => {
    const posts = [
      { since: '2026-01-01', recalledOn: '2026-03-31' },
      { since: '2026-05-01', recalledOn: null },
    ];
    expect(instructorInPost(posts, '2025-12-31')).toBe(false);
    expect(instructorInPost(posts, '2026-01-01')).toBe(true);
    expect(instructorInPost(posts, '2026-03-30')).toBe(true);
    expect(instructorInPost(posts, '2026-03-31')).toBe(false);
    expect(instructorInPost(posts, '2026-05-01')).toBe(true);
    expect(instructorInPost([], '2026-05-01')).toBe(false);
  });

  it('reads an instructor sent later as not yet covering the society', () => {
    const report = coverageReport([society('福建', null, null, [IN_POST])], '2026-02-28');
    expect(report).toMatchObject({ covered: 0, otherMeans: 0, instructor: 0 });
    expect(report.uncovered).toEqual([{ societyId: 'id-福建', name: '福建' }]);
  });
});
