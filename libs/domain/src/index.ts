export * from './shared/decider';
export * from './shared/errors';
export * from './shared/text';
export * from './shared/credit-code';
export * from './society';
