import { StoreUnavailable } from '@pb/domain';
import { MongoError, MongoNetworkError, MongoServerSelectionError } from 'mongodb';

export const DUPLICATE_KEY = 11000;

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoError && error.code === DUPLICATE_KEY;
}

/** Turns a lost connection into StoreUnavailable (a 503 at the edge); leaves other errors as they are. */
export function unavailableIfDown(error: unknown): unknown {
  if (
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNetworkError ||
    (error instanceof MongoError && /connection|ECONNREFUSED|topology/i.test(error.message))
  ) {
    return new StoreUnavailable('the MongoDB store', error);
  }
  return error;
}

/** Runs a store call, mapping a lost connection to StoreUnavailable. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw unavailableIfDown(error);
  }
}
