import { once } from 'node:events';
import { createServer, Socket, type AddressInfo } from 'node:net';
import {
  MongoClient,
  MongoClientClosedError,
  MongoExpiredSessionError,
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoNotConnectedError,
  MongoServerClosedError,
  MongoServerError,
  MongoTopologyClosedError,
} from 'mongodb';
import { StoreUnavailable } from '../store-unavailable';
import { DUPLICATE_KEY, guarded, isDuplicateKey, unavailableIfDown } from './mongo-errors';

/** The driver's pool errors, which it does not export from its index. */
const pool = jest.requireActual<{
  PoolClearedError: new (pool: { address: string; serverError?: Error }) => Error;
  PoolClosedError: new (pool: { address: string }) => Error;
  WaitQueueTimeoutError: new (message: string, address: string) => Error;
}>('mongodb/lib/cmap/errors');

/** The error Node gives a write to a socket whose server ended it, as a killed server does. */
async function endedSocketError(): Promise<NodeJS.ErrnoException> {
  const server = createServer((socket) => socket.end());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const socket = new Socket({ allowHalfOpen: false });
  socket.on('error', () => undefined);
  socket.connect((server.address() as AddressInfo).port, '127.0.0.1');
  await once(socket, 'end');
  const failed = new Promise<NodeJS.ErrnoException>((resolve) =>
    socket.write('ping', (error) => resolve(error!)),
  );
  const error = await failed;
  socket.destroy();
  server.close();
  return error;
}

describe('MongoDB error mapping', () => {
  it('recognises a duplicate key and nothing else as one', () => {
    expect(isDuplicateKey(new MongoServerError({ code: DUPLICATE_KEY, errmsg: 'E11000' }))).toBe(
      true,
    );
    expect(isDuplicateKey(new MongoServerError({ code: 2, errmsg: 'bad value' }))).toBe(false);
    expect(isDuplicateKey(new Error('E11000'))).toBe(false);
  });

  it('turns a lost connection into StoreUnavailable and leaves other errors as they are', () => {
    const lost = unavailableIfDown(new MongoNetworkError('connection reset'));
    expect(lost).toBeInstanceOf(StoreUnavailable);
    expect(lost).toMatchObject({ kind: 'unavailable', code: 'STORE.UNAVAILABLE' });
    const other = new Error('a bug');
    expect(unavailableIfDown(other)).toBe(other);
  });

  it('passes a guarded call its answer, and its failure mapped', async () => {
    await expect(guarded(async () => 'answer')).resolves.toBe('answer');
    await expect(
      guarded(async () => {
        throw new MongoNetworkError('connection refused');
      }),
    ).rejects.toBeInstanceOf(StoreUnavailable);
  });

  it('turns every way of losing the connection into StoreUnavailable, whatever error class carries it', async () => {
    const selection = await new MongoClient('mongodb://127.0.0.1:1/', {
      serverSelectionTimeoutMS: 100,
    })
      .connect()
      .catch((error: unknown) => error);
    const ended = await endedSocketError();
    expect(ended).toMatchObject({
      code: 'EPIPE',
      message: 'This socket has been ended by the other party',
    });
    const lost = [
      selection,
      ended,
      new MongoNetworkError('connection 3 to 127.0.0.1:27018 closed'),
      new MongoNetworkTimeoutError('connection timed out'),
      new MongoNotConnectedError('client must be connected'),
      new MongoTopologyClosedError(),
      new MongoServerClosedError(),
      new MongoClientClosedError(),
      new MongoExpiredSessionError(),
      new pool.PoolClearedError({ address: '127.0.0.1:27018', serverError: ended }),
      new pool.PoolClosedError({ address: '127.0.0.1:27018' }),
      new pool.WaitQueueTimeoutError('Timed out while checking out a connection', '127.0.0.1'),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
      new MongoServerError({
        code: 91,
        errmsg: 'The server is in quiesce mode and will shut down',
      }),
      new MongoServerError({
        code: 1,
        errmsg: 'failed to connect to `host=127.0.0.1`: dial error (connection refused)',
      }),
      new Error('a call failed', { cause: ended }),
    ];
    const kept = lost.filter((error) => !(unavailableIfDown(error) instanceof StoreUnavailable));
    expect(kept).toEqual([]);
  });

  it('leaves a refused duplicate a duplicate, whatever its collection is called', () => {
    const duplicate = new MongoServerError({
      code: DUPLICATE_KEY,
      errmsg: 'E11000 duplicate key error collection: pb.connection_pool index: _id_',
    });
    expect(unavailableIfDown(duplicate)).toBe(duplicate);
    const invalid = new MongoServerError({ code: 2, errmsg: 'bad value' });
    expect(unavailableIfDown(invalid)).toBe(invalid);
  });
});
