import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelStoreContract } from '../read-model-store.contract';
import { SqliteReadModelStore } from './sqlite-read-model-store';

describe('SqliteReadModelStore (embedded)', () => {
  readModelStoreContract(
    async () =>
      new SqliteReadModelStore(join(mkdtempSync(join(tmpdir(), 'pb-views-')), 'views.sqlite')),
  );
});
