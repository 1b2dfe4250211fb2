import { byPartition, partitionOf } from './partitions';

describe('partitionOf and byPartition', () => {
  const keys = Array.from({ length: 200 }, (_, i) => `society-${i}`);

  it('places a key on one partition, always the same, within range', () => {
    for (const key of keys) {
      const partition = partitionOf(key, 4);
      expect(partition).toBeGreaterThanOrEqual(0);
      expect(partition).toBeLessThan(4);
      expect(partitionOf(key, 4)).toBe(partition);
    }
    expect(new Set(keys.map((key) => partitionOf(key, 4))).size).toBe(4);
  });

  it('groups messages by partition, each group in the order given', () => {
    const messages = keys.flatMap((key) => [1, 2, 3].map((seq) => ({ key, seq })));
    const groups = byPartition(messages, 4);
    expect([...groups.values()].flat()).toHaveLength(messages.length);
    for (const [partition, group] of groups)
      for (const key of new Set(group.map((m) => m.key))) {
        expect(partitionOf(key, 4)).toBe(partition);
        expect(group.filter((m) => m.key === key).map((m) => m.seq)).toEqual([1, 2, 3]);
      }
  });
});
