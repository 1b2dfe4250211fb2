import { drawSample, splitMix64 } from './inspection-batch.draw';

const societies = (n: number) =>
  Array.from({ length: n }, (_, i) => `society-${String(i + 1).padStart(2, '0')}`);

describe('the inspection draw', () => {
  it('generates the published SplitMix64 test vectors', () => {
    const fromZero = splitMix64(0n);
    expect([fromZero(), fromZero(), fromZero()]).toEqual([
      0xe220a8397b1dcdafn,
      0x6e789e6aa1b965f4n,
      0x06c45d188009454fn,
    ]);
    const from1234567 = splitMix64(1234567n);
    expect(Array.from({ length: 5 }, () => from1234567())).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });

  it('selects what the worked example of docs/inspection-draw.md shows', () =>
    expect(drawSample(societies(12), 4, '9c3e5a7f1d2b4860')).toEqual([
      'society-05',
      'society-12',
      'society-07',
      'society-09',
    ]));

  it('agrees with vectors computed by the reference script', () => {
    const tenth = Array.from({ length: 10 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
    expect(drawSample(tenth, 4, '0000000000000000')).toEqual(['S06', 'S02', 'S10', 'S08']);
    expect(drawSample([...'abcdefghijkl'], 12, '3f9a1c0e5b7d2468').join('')).toBe('fkichjabelgd');
  });

  it('selects differently when the seed changes', () => {
    expect(drawSample(societies(12), 4, '9c3e5a7f1d2b4861')).toEqual([
      'society-07',
      'society-03',
      'society-02',
      'society-11',
    ]);
    expect(drawSample(societies(120), 20, 'ffffffffffffffff')).not.toEqual(
      drawSample(societies(120), 20, 'fffffffffffffffe'),
    );
  });

  it('selects a subset of the population of the size asked, without repeats, for many seeds and sizes', () => {
    const seeds = splitMix64(20260301n);
    for (let round = 0; round < 200; round++) {
      const population = societies(1 + (round % 60));
      const size = round % (population.length + 1);
      const seed = seeds().toString(16).padStart(16, '0');
      const selected = drawSample(population, size, seed);
      expect(selected).toHaveLength(size);
      expect(new Set(selected).size).toBe(size);
      for (const id of selected) expect(population).toContain(id);
    }
  });

  it('depends on the stated order of the population', () =>
    expect(drawSample(societies(12).reverse(), 4, '9c3e5a7f1d2b4860')).not.toEqual(
      drawSample(societies(12), 4, '9c3e5a7f1d2b4860'),
    ));

  it('refuses a seed that is not 16 lower-case hex digits and a size the population cannot give', () => {
    expect(() => drawSample(societies(3), 1, '9C3E5A7F1D2B4860')).toThrow(RangeError);
    expect(() => drawSample(societies(3), 1, '9c3e5a7f1d2b486')).toThrow(RangeError);
    expect(() => drawSample(societies(3), 4, '9c3e5a7f1d2b4860')).toThrow(RangeError);
    expect(() => drawSample(societies(3), 1.5, '9c3e5a7f1d2b4860')).toThrow(RangeError);
  });
});
