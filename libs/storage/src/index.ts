export { StoreUnavailable } from './store-unavailable';
export { connectMongo, type MongoSettings } from './mongodb/mongo-connection';
export {
  DUPLICATE_KEY,
  guarded,
  INDEX_BUILD_MS,
  isConnectionLost,
  isDuplicateKey,
  unavailableIfDown,
} from './mongodb/mongo-errors';
export {
  BULK_CACHE_KIB,
  openSqlite,
  SERVING_CACHE_KIB,
  type SqliteDatabase,
  type SqliteOptions,
} from './sqlite/sqlite-database';
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
export {
  FileStore,
  SHA256_PATTERN,
  type FileCheck,
  type StoredFile,
  type Upload,
} from './files/file-store.port';
export { FileTooLarge, FileTypeUnsupported } from './files/file-store.errors';
export { EVIDENCE_MEDIA_TYPES, sniffMediaType, type EvidenceMediaType } from './files/media-type';
export { FILE_NAME_MAX, inlineDisposition, sanitiseFileName } from './files/file-name';
export { FolderFileStore } from './folder/folder-file-store';
export { GridFsFileStore } from './mongodb/gridfs-file-store';
