export {
  BACKUP_FORMAT,
  BackupRefused,
  backupFiles,
  checkBackupFiles,
  evidenceBytes,
  MANIFEST_FILE,
  readManifest,
  type BackupFile,
  type BackupManifest,
} from './backup-manifest';
export { backupEmbedded, type BackupOptions, type BackupProgress } from './embedded-backup';
export { restoreEmbedded, type RestoreProgress } from './embedded-restore';
