export * from './society-inspection.commands';
export * from './society-inspection.events';
export * from './society-inspection.state';
export * from './society-inspection.errors';
export * from './society-inspection.evolve';
export * from './society-inspection.decider';
