// The ports, the commits they keep and their errors.
export { commitId, GENESIS_HASH, type NewCommit, type StoredCommit } from './commit';
export { hashCommit, sealCommit } from './hash';
export {
  DuplicateCommand,
  EventStore,
  StreamVersionConflict,
  type AppendOptions,
  type CommitPage,
  type SealHead,
} from './event-store.port';
export { UniqueClaims, type Claim } from './claims.port';
export { RelayLease } from './lease/lease.port';
export {
  CredentialStore,
  type Credential,
  type FailureOutcome,
  type Invitation,
  type Session,
} from './credentials/credential-store.port';

// The adapters the infrastructure constructs, one per port and store.
export { SqliteEventStore } from './sqlite/sqlite-event-store';
export { SqliteClaims } from './sqlite/sqlite-claims';
export { SqliteRelayLease } from './lease/sqlite-lease';
export { MongoEventStore, type AppendStep } from './mongodb/mongo-event-store';
export { MongoClaims } from './mongodb/mongo-claims';
export { MongoRelayLease } from './lease/mongo-lease';
export { SqliteCredentialStore } from './credentials/sqlite-credential-store';
export { MongoCredentialStore } from './credentials/mongo-credential-store';

// Sealing the store and verifying it against its seals.
export { sealStore, type SealOptions, type SealOutcome } from './integrity/sealer';
export { verifyStore, type VerifyOptions, type VerifyReport } from './integrity/verify';
export {
  latestSeal,
  SEAL_RECORDED,
  type LatestSeal,
  type SealRecordedData,
} from './integrity/seal-record';
export { scanCommits, type OnScanProgress, type ScanProgress } from './integrity/scan';
export { summarizeStore, type StoreSummary } from './integrity/store-summary';
export type { Problem, ProblemKind } from './integrity/problems';
