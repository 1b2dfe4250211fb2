import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '@pb/event-store';
import { GenerationalReadModelStore, openProjector, SqliteReadModelStore } from '@pb/projections';
import type {
  FromProjectorThread,
  ProjectorThreadData,
  ToProjectorThread,
} from './projector-thread.messages';

/**
 * The embedded projector's thread: its own connections to the SQLite files, the same
 * projector as in a distributed projector process. Batches are applied one after the
 * other, in the order they came.
 */
async function main(port: NonNullable<typeof parentPort>, data: ProjectorThreadData) {
  const send = (message: FromProjectorThread) => port.postMessage(message);
  let store: SqliteEventStore | null = null;
  let views: GenerationalReadModelStore | null = null;
  const close = () => Promise.all([store?.close(), views?.close()]);
  try {
    store = new SqliteEventStore(data.eventsFile);
    views = new GenerationalReadModelStore(new SqliteReadModelStore(data.viewsFile));
    const projector = await openProjector(views, store);
    let turn: Promise<void> = Promise.resolve();
    port.on('message', (message: ToProjectorThread) => {
      if (message.kind === 'close') {
        turn = turn.then(async () => {
          await close();
          port.close();
        });
        return;
      }
      turn = turn.then(() =>
        projector.handle(message.events).then(
          () => send({ kind: 'applied', id: message.id, written: projector.written.take() }),
          (error: unknown) => send({ kind: 'failed', id: message.id, message: describe(error) }),
        ),
      );
    });
    send({ kind: 'ready' });
  } catch (error) {
    await close();
    send({ kind: 'failed', id: null, message: describe(error) });
    port.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (parentPort) void main(parentPort, workerData as ProjectorThreadData);
