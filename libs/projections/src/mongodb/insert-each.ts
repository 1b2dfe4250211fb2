import { DUPLICATE_KEY, guarded } from '@pb/storage';
import { MongoBulkWriteError } from 'mongodb';

/**
 * Runs an unordered insertMany; returns the indexes of the documents refused for a
 * duplicate key. Any other error is thrown.
 */
export async function insertEach(insert: () => Promise<unknown>): Promise<Set<number>> {
  try {
    await guarded(insert);
    return new Set();
  } catch (error) {
    if (!(error instanceof MongoBulkWriteError)) throw error;
    const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (errors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
    return new Set(errors.map((e) => e.index));
  }
}
