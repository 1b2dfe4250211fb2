export * from './star-rating.commands';
export * from './star-rating.events';
export * from './star-rating.state';
export * from './star-rating.errors';
export * from './star-rating.scores';
export * from './star-rating.decider';
