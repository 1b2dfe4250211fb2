import { withTimeout } from '@pb/common';
import { StoreUnavailable } from '../store-unavailable';
import {
  MongoError,
  MongoExpiredSessionError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
} from 'mongodb';

/** The server's code for a write refused by a unique index: how every claim on MongoDB is lost. */
export const DUPLICATE_KEY = 11000;

/**
 * Longer than any answer takes (the socket timeout is 20 s): a call still open after
 * this has hung on a connection the server closed (see reconnectWhenMonitorHangs) and
 * would hold its caller, an HTTP request say, for ever.
 */
const HUNG_AFTER_MS = 30_000;

/** Whether a write was refused because its key is taken. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoError && error.code === DUPLICATE_KEY;
}

/** Turns a lost connection into StoreUnavailable (a 503 at the edge); leaves other errors as they are. */
export function unavailableIfDown(error: unknown): unknown {
  if (
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNetworkError ||
    // The client is being connected again after a hang, or was while this call ran.
    error instanceof MongoNotConnectedError ||
    error instanceof MongoExpiredSessionError ||
    (error instanceof MongoError && /connection|ECONNREFUSED|topology/i.test(error.message))
  ) {
    return new StoreUnavailable('the MongoDB store', error);
  }
  return error;
}

/** Runs a store call, mapping a lost connection, or a call that hung, to StoreUnavailable. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await withTimeout(
      call(),
      HUNG_AFTER_MS,
      () => new StoreUnavailable('the MongoDB store', new Error('the call hung')),
    );
  } catch (error) {
    throw unavailableIfDown(error);
  }
}
