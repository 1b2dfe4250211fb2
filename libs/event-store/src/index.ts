export * from './commit';
export * from './hash';
export * from './event-store.port';
export * from './claims.port';
export * from './sqlite/sqlite-database';
export * from './sqlite/sqlite-event-store';
export * from './sqlite/sqlite-claims';
export * from './mongodb/mongo-connection';
export * from './mongodb/mongo-errors';
export * from './mongodb/id-windows';
export * from './mongodb/mongo-event-store';
export * from './mongodb/mongo-claims';
export { merkleRoot } from './integrity/merkle';
export { readStreamHeads } from './integrity/stream-heads';
export { SCAN_PAGE, type OnScanProgress, type ScanProgress } from './integrity/scan';
export { isSealStream, sealStreamId, SEAL_STREAM_PREFIX } from './integrity/seal-stream';
export {
  latestSeal,
  RECORD_SEAL,
  SEAL_HEADS_COLLECTION,
  SEAL_RECORDED,
  type LatestSeal,
  type SealRecordedData,
} from './integrity/seal-record';
export { sealStore, type SealOptions, type SealOutcome } from './integrity/sealer';
export { verifyStore, type VerifyOptions, type VerifyReport } from './integrity/verify';
export type { Problem, ProblemKind } from './integrity/problems';
export * from './lease/lease.port';
export * from './lease/mongo-lease';
export * from './lease/sqlite-lease';
