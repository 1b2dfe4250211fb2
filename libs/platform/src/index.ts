export * from './config';
export * from './infrastructure';
export * from './runtime';
export * from './worker-main';
