export * from './lecture.commands';
export * from './lecture.events';
export * from './lecture.state';
export * from './lecture.errors';
export * from './lecture.decider';
