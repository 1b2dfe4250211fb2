export * from './event-schemas';
export * from './event-contract';
