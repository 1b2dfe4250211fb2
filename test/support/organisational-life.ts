/** A meeting as the suites record it: a 党课 held in April 2026 (its evidence files are the evidence suite's). */
export const PARTY_LECTURE = {
  kind: 'party-lecture',
  heldOn: '2026-04-15',
  topic: '学习贯彻党的二十大精神专题党课',
  host: '张明',
  present: 18,
  expected: 20,
  evidence: [],
};
