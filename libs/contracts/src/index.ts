export * from './envelope';
export * from './streams';
export * from './event-guards';
export * from './build-envelopes';
export * from './upcasters';
export * from './schemas';
export * from './asyncapi';
export * from './evidence';
