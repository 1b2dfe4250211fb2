import { inChineseOrder, mean, rate } from './figures';

describe('rate', () => {
  it('rounds to 4 decimals and is null over nothing', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(1, 8)).toBe(0.125);
    expect(rate(0, 5)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('mean', () => {
  it('is the plain mean rounded to 2 decimals, null for no values', () => {
    expect(mean([2, 5, 4])).toBe(3.67);
    expect(mean([5])).toBe(5);
    expect(mean([])).toBeNull();
  });
});

describe('inChineseOrder', () => {
  it('orders by pinyin as zh-CN collation does, ties by id', () => {
    const items = [
      { id: 'b', name: '陈' },
      { id: 'z', name: '北' },
      { id: 'a', name: '阿' },
      { id: 'a', name: '北' },
    ];
    expect(
      inChineseOrder(
        items,
        (i) => i.name,
        (i) => i.id,
      ).map((i) => `${i.name}${i.id}`),
    ).toEqual(['阿a', '北a', '北z', '陈b']);
  });
});
