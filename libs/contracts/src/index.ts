export * from './envelope';
export * from './streams';
