export * from './config';
export * from './infrastructure';
export * from './observability';
export * from './runtime';
export * from './worker-main';
