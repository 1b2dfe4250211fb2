export * from './service-task.commands';
export * from './service-task.events';
export * from './service-task.state';
export * from './service-task.errors';
export * from './service-task.decider';
export { SATISFIED_FROM } from './service-task.rules';
export * from './service-task.rating';
