export * from './organisational-life.commands';
export * from './organisational-life.events';
export * from './organisational-life.state';
export * from './organisational-life.errors';
export * from './organisational-life.decider';
