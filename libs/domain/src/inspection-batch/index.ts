export * from './inspection-batch.commands';
export * from './inspection-batch.events';
export * from './inspection-batch.state';
export * from './inspection-batch.errors';
export * from './inspection-batch.draw';
export * from './inspection-batch.population';
export * from './inspection-batch.decider';
