import type { EventEnvelope } from './envelope';
import { referencedFiles } from './evidence';
import { upcast } from './upcasters';

const sha = (digit: string) => digit.repeat(64);
const file = (digit: string, name: string) => ({
  sha256: sha(digit),
  name,
  mediaType: 'image/jpeg',
  size: 10,
});
const event = (type: string, schemaVersion: number, data: Record<string, unknown>) =>
  ({ type, schemaVersion, data }) as EventEnvelope;

describe('evidence in events', () => {
  it('reads a version-1 reference as a reference without a file, leaving the stored event alone', () => {
    const stored = event('LectureDelivered', 1, { evidence: ['photos/1.jpg'] });
    const read = upcast(stored);
    expect(read.schemaVersion).toBe(2);
    expect(read.data).toEqual({
      evidence: [{ sha256: null, name: 'photos/1.jpg', mediaType: null, size: null }],
    });
    expect(stored.data).toEqual({ evidence: ['photos/1.jpg'] });
    expect(referencedFiles(read)).toEqual([]);
  });

  it("raises every self-assessed item's references", () => {
    const read = upcast(
      event('SelfAssessmentSubmitted', 1, { items: [{ evidence: ['a.pdf'] }, { evidence: [] }] }),
    );
    expect(read.data).toEqual({
      items: [
        { evidence: [{ sha256: null, name: 'a.pdf', mediaType: null, size: null }] },
        { evidence: [] },
      ],
    });
  });

  it('names the kept files of every event type that carries evidence', () => {
    const photo = file('a', '现场.jpg');
    const sheet = file('b', '签到表.jpg');
    expect(referencedFiles(event('RectificationReported', 2, { evidence: [photo] }))).toEqual([
      { sha256: sha('a'), name: '现场.jpg' },
    ]);
    expect(
      referencedFiles(
        event('SelfAssessmentSubmitted', 2, {
          items: [{ evidence: [photo] }, { evidence: [sheet] }],
        }),
      ),
    ).toHaveLength(2);
    expect(referencedFiles(event('LectureConfirmed', 1, { evidence: [photo] }))).toEqual([]);
    expect(referencedFiles(event('LectureDelivered', 2, { evidence: 'nonsense' }))).toEqual([]);
  });
});
