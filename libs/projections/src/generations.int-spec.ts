import { GenerationalReadModelStore } from './generations';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';

describe('GenerationalReadModelStore', () => {
  afterEach(() => jest.useRealTimers());

  it('sees a switched generation within a second even after the wall clock jumped back an hour', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const inner = new SqliteReadModelStore(':memory:');
    const reader = new GenerationalReadModelStore(inner);
    const rebuild = new GenerationalReadModelStore(inner);
    expect(await reader.generation()).toBe(0);
    jest.setSystemTime(Date.now() - 3_600_000);
    expect(await rebuild.switchGeneration(0, 1)).toBe(true);
    await jest.advanceTimersByTimeAsync(1_100);
    expect(await reader.generation()).toBe(1);
    await inner.close();
  });
});
