export * from './timeout';
export * from './figures';
