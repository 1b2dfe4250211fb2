import { societyLifeInputs } from './life-status.compute';

describe('what a society’s status keeps of its organisational life', () => {
  const society = {
    organisations: {
      council: {
        form: 'committee',
        secretary: '王芳',
        memberCount: 30,
        establishedOn: '2019-07-01',
        groups: true,
      },
      secretariat: null,
    },
    instructorPosts: [
      { memberId: 'm1', since: '2025-03-01', recalledOn: '2025-06-30' },
      { memberId: null, since: '2026-04-01', recalledOn: null },
    ],
  } as const;
  const record = (recordId: string, heldOn: string, withdrawn = false) => ({
    recordId,
    kind: 'theme-day' as const,
    heldOn,
    present: 8,
    expected: 10,
    withdrawn,
  });

  it('keeps the form and groups of each seat and the instructors’ postings, without names', () => {
    const kept = societyLifeInputs(society, []);
    expect(kept.seats).toEqual({ council: { form: 'committee', groups: true }, secretariat: null });
    expect(kept.instructorPosts).toEqual([
      { since: '2025-03-01', recalledOn: '2025-06-30' },
      { since: '2026-04-01', recalledOn: null },
    ]);
    expect(kept.records).toEqual([]);
  });

  it('keeps the counted records of the latest year held and the year before, by date', () => {
    const kept = societyLifeInputs(society, [
      record('r1', '2025-05-01'),
      record('r2', '2024-12-31'),
      record('r3', '2023-06-01'),
      record('r4', '2025-01-02'),
      // withdrawn: counts for nothing, nor does its year make 2026 the latest
      record('r5', '2026-01-05', true),
    ]);
    expect(kept.records).toEqual([
      { heldOn: '2024-12-31', kind: 'theme-day', present: 8, expected: 10 },
      { heldOn: '2025-01-02', kind: 'theme-day', present: 8, expected: 10 },
      { heldOn: '2025-05-01', kind: 'theme-day', present: 8, expected: 10 },
    ]);
  });
});
