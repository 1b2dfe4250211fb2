export * from './config';
export * from './embedded-backup';
export { embeddedFiles } from './embedded-files';
export * from './heap';
export * from './infrastructure';
export * from './observability';
export * from './runtime';
export { type OidcSettings, type SessionSettings } from './session-settings';
export * from './worker-main';
// The registry moved to the projections library; callers of the platform still find it here.
export { ENTITY_PROJECTIONS } from '@pb/projections';
