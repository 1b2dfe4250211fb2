export * from './star-rating-round.commands';
export * from './star-rating-round.events';
export * from './star-rating-round.state';
export * from './star-rating-round.errors';
export * from './star-rating-round.criteria';
export * from './star-rating-round.decider';
