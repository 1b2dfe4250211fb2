import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { appendChain, eventStoreContract, uniqueClaimsContract } from '../event-store.contract';
import { SqliteClaims } from './sqlite-claims';
import { SqliteEventStore } from './sqlite-event-store';

const file = () => join(mkdtempSync(join(tmpdir(), 'pb-store-')), 'events.sqlite');

describe('SqliteEventStore (embedded)', () => {
  eventStoreContract(async () => new SqliteEventStore(file()));

  it('keeps its commits across a reopen of the file', async () => {
    const path = file();
    const first = new SqliteEventStore(path);
    const written = await appendChain(first, 'society-a', 2);
    await first.close();
    const again = new SqliteEventStore(path);
    expect(await again.readStream('society-a')).toEqual(written);
    await again.close();
  });

  it('takes the relay progress of a store from before it from the flags, once', async () => {
    const path = file();
    const store = new SqliteEventStore(path);
    await appendChain(store, 'society-a', 4);
    await store.close();
    // What an earlier version left: the first two published and flagged, no progress row.
    const raw = new Database(path);
    raw.exec('DROP TABLE relay_progress');
    raw.prepare('UPDATE commits SET dispatched = 1 WHERE seq <= 2').run();
    raw.close();

    const upgraded = new SqliteEventStore(path);
    expect(await upgraded.countUndispatched()).toBe(2);
    const pending = await upgraded.readUndispatched(10);
    expect(pending.map((c) => c.seq)).toEqual([3, 4]);
    await upgraded.markDispatched(pending.map((c) => c.id));
    expect(await upgraded.readUndispatched(10)).toEqual([]);
    await upgraded.close();
  });

  it('moves the relay past the marked commits at its front only', async () => {
    const store = new SqliteEventStore(file());
    const [first, second, third] = await appendChain(store, 'society-a', 3);
    await store.markDispatched([second!.id]);
    expect((await store.readUndispatched(10)).map((c) => c.id)).toEqual(
      [first, second, third].map((c) => c!.id),
    );
    await store.markDispatched([first!.id, second!.id]);
    expect((await store.readUndispatched(10)).map((c) => c.id)).toEqual([third!.id]);
    await store.close();
  });
});

describe('SqliteClaims (embedded)', () => {
  uniqueClaimsContract(async () => new SqliteClaims(file()));
});
