import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '@pb/contracts';
import { SqliteEventStore, type StoredCommit } from '@pb/event-store';
import {
  GenerationalReadModelStore,
  SqliteReadModelStore,
  type SocietyView,
} from '@pb/projections';
import { appendSocietyHistory, societyHistory } from '../../../../test/support/society-history';
import { embeddedFiles } from '../embedded-files';
import { ProjectorThread } from './projector-thread';

const societyId = '0d6c1f7e-2b4a-4e8f-9c3d-5a7b9e1f2c40';
const history = societyHistory(societyId);

describe('ProjectorThread', () => {
  let dir: string;
  let files: { events: string; views: string };
  let store: SqliteEventStore;
  let views: GenerationalReadModelStore;
  let thread: ProjectorThread | null;
  let commits: StoredCommit[];
  const events = (from: number, to: number): EventEnvelope[] =>
    commits.slice(from - 1, to).flatMap((c) => c.events);
  const view = () => views.get<SocietyView>('societies', societyId);
  const start = async () =>
    (thread = await ProjectorThread.start({ eventsFile: files.events, viewsFile: files.views }));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pb-projector-thread-'));
    files = embeddedFiles(dir);
    store = new SqliteEventStore(files.events);
    views = new GenerationalReadModelStore(new SqliteReadModelStore(files.views));
    thread = null;
    commits = await appendSocietyHistory(store, societyId, history);
  });

  afterEach(async () => {
    await thread?.close();
    await store.close();
    await views.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies a batch on its own thread and resolves once the views file has it', async () => {
    await start();
    await thread!.apply(events(1, 2));
    expect(await view()).toMatchObject({ name: '乙学会', formerNames: ['甲学会'], version: 2 });
  });

  it('fills a gap from the event store file it opened itself', async () => {
    await start();
    await thread!.apply(events(1, 1));
    await thread!.apply(events(3, 3));
    expect(await view()).toMatchObject({ name: '丙学会', formerNames: ['甲学会', '乙学会'] });
  });

  it('lets the batch under way finish when closed, and refuses batches after', async () => {
    await start();
    const applied = thread!.apply(events(1, 3));
    await thread!.close();
    // It resolves with what the batch wrote: one society, its position, its status view.
    await expect(applied).resolves.toMatchObject({ societies: 1, society_status: 1 });
    expect(await view()).toMatchObject({ name: '丙学会', version: 3 });
    await expect(thread!.apply(events(1, 1))).rejects.toThrow('the projector thread is closed');
  });

  it('refuses to start when its views file cannot be opened', async () => {
    const notADirectory = join(dir, 'plain-file');
    writeFileSync(notADirectory, '');
    await expect(
      ProjectorThread.start({
        eventsFile: files.events,
        viewsFile: join(notADirectory, 'views.sqlite'),
      }),
    ).rejects.toThrow(/^the projector thread did not start: .*EEXIST/);
  });
});
