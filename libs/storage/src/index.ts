export { StoreUnavailable } from './store-unavailable';
export { connectMongo, type MongoSettings } from './mongodb/mongo-connection';
export {
  DUPLICATE_KEY,
  guarded,
  isConnectionLost,
  isDuplicateKey,
  unavailableIfDown,
} from './mongodb/mongo-errors';
export { openSqlite, type SqliteDatabase } from './sqlite/sqlite-database';
export {
  guardedSqlite,
  isDiskFull,
  isSqliteUnavailable,
  StoreDiskFull,
  unavailableIfSqliteFailed,
} from './sqlite/sqlite-errors';
export {
  copySqliteOnline,
  makeSelfContained,
  type CopyProgress,
} from './sqlite/sqlite-online-copy';
