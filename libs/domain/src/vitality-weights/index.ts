export * from './vitality-weights.commands';
export * from './vitality-weights.events';
export * from './vitality-weights.state';
export * from './vitality-weights.errors';
export * from './vitality-weights.defaults';
export * from './vitality-weights.decider';
