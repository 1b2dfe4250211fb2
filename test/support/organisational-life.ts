/** A meeting as the suites record it: a 党课 held in April 2026, with its evidence. */
export const PARTY_LECTURE = {
  kind: 'party-lecture',
  heldOn: '2026-04-15',
  topic: '学习贯彻党的二十大精神专题党课',
  host: '张明',
  present: 18,
  expected: 20,
  evidence: ['minutes/2026-04-15-党课记录.pdf', 'sign-in/2026-04-15.jpg'],
};
