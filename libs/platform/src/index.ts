export * from './config';
export * from './entity-projections';
export * from './heap';
export * from './infrastructure';
export * from './observability';
export * from './runtime';
export * from './worker-main';
