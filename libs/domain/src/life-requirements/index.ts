export * from './life-requirements.commands';
export * from './life-requirements.events';
export * from './life-requirements.state';
export * from './life-requirements.errors';
export * from './life-requirements.defaults';
export * from './life-requirements.decider';
