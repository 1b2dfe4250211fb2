import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract, uniqueClaimsContract } from '../event-store.contract';
import { SqliteClaims } from './sqlite-claims';
import { SqliteEventStore } from './sqlite-event-store';

const file = () => join(mkdtempSync(join(tmpdir(), 'pb-store-')), 'events.sqlite');

describe('SqliteEventStore (embedded)', () => {
  eventStoreContract(async () => new SqliteEventStore(file()));

  it('keeps its commits across a reopen of the file', async () => {
    const path = file();
    const first = new SqliteEventStore(path);
    const { appendChain } = await import('../event-store.contract');
    const written = await appendChain(first, 'society-a', 2);
    await first.close();
    const again = new SqliteEventStore(path);
    expect(await again.readStream('society-a')).toEqual(written);
    await again.close();
  });
});

describe('SqliteClaims (embedded)', () => {
  uniqueClaimsContract(async () => new SqliteClaims(file()));
});
