import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pb/event-store';
import { transportContract } from '../transport.contract';
import { InProcessTransport } from './in-process-transport';

describe('InProcessTransport behind the relay (embedded)', () => {
  transportContract(async () => {
    const store = new SqliteEventStore(
      join(mkdtempSync(join(tmpdir(), 'pb-bus-')), 'events.sqlite'),
    );
    const transport = new InProcessTransport();
    return {
      store,
      transport,
      group: 'projector',
      close: async () => {
        await transport.close();
        await store.close();
      },
    };
  });
});
