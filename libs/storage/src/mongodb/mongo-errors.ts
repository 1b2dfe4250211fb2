import { withTimeout } from '@pb/common';
import { StoreUnavailable } from '../store-unavailable';
import {
  MongoClientClosedError,
  MongoError,
  MongoExpiredSessionError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerClosedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
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

/**
 * The driver's errors that mean the server cannot be reached now, whatever the call
 * (MongoNetworkError covers a pool cleared and a network timeout; the closed ones come
 * while the client is connected again after a hang, see reconnectWhenMonitorHangs).
 */
const CONNECTION_ERRORS = [
  MongoNetworkError,
  MongoServerSelectionError,
  MongoNotConnectedError,
  MongoTopologyClosedError,
  MongoServerClosedError,
  MongoClientClosedError,
  MongoExpiredSessionError,
];

/** Node's codes for a socket that is gone or never came; the driver may pass them on raw. */
const SOCKET_CODES = new Set([
  'EPIPE',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTCONN',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
]);

/**
 * The server's codes for "not now": shutting down, stepping down, a host or the network
 * gone (MongoDB's error codes 6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436).
 */
const SERVER_DOWN_CODES = new Set([6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436]);

/**
 * What the driver's other errors say when a connection or its pool went away, and what
 * a MongoDB-wire server says when its own backend cannot be reached (FerretDB's
 * PostgreSQL: "connection refused").
 */
const CONNECTION_TEXT = /connection|socket|pool|topology|ECONNREFUSED|ECONNRESET|EPIPE/i;

/** How deep a chain of causes is followed: a lost socket is wrapped once or twice at most. */
const MAX_CAUSES = 4;

/** Whether an error, or one it was caused by, is a connection to the store that is lost or refused. */
export function isConnectionLost(error: unknown, depth = 0): boolean {
  // Not `instanceof Error`: Node's own socket errors may come from another realm (a vm).
  if (typeof error !== 'object' || error === null || depth > MAX_CAUSES) return false;
  if (CONNECTION_ERRORS.some((type) => error instanceof type)) return true;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && SOCKET_CODES.has(code)) return true;
  if (error instanceof MongoServerError && SERVER_DOWN_CODES.has(Number(code))) return true;
  // A refused duplicate may name a collection of any name: it is never an outage.
  if (error instanceof MongoError && !isDuplicateKey(error) && CONNECTION_TEXT.test(error.message))
    return true;
  return isConnectionLost(cause, depth + 1);
}

/** Turns a lost connection into StoreUnavailable (a 503 at the edge); leaves other errors as they are. */
export function unavailableIfDown(error: unknown): unknown {
  return isConnectionLost(error) ? new StoreUnavailable('the MongoDB store', error) : error;
}

/**
 * How long building an index over a whole collection may take: minutes on a million
 * documents, far past any other answer. Its call is sent without the socket timeout
 * (the driver's `timeoutMS` instead) and counts as hung only after this.
 */
export const INDEX_BUILD_MS = 30 * 60_000;

/** Runs a store call, mapping a lost connection, or a call that hung, to StoreUnavailable. */
export async function guarded<T>(
  call: () => Promise<T>,
  hungAfterMs: number = HUNG_AFTER_MS,
): Promise<T> {
  try {
    return await withTimeout(
      call(),
      hungAfterMs,
      () => new StoreUnavailable('the MongoDB store', new Error('the call hung')),
    );
  } catch (error) {
    throw unavailableIfDown(error);
  }
}
