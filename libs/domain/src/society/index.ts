export * from './society.commands';
export * from './society.events';
export * from './society.state';
export * from './society.errors';
export * from './society.decider';
export * from './society.seats';
export { INSTRUCTOR_NAME_MAX } from './society.instructor-rules';
