export * from './service-task.commands';
export * from './service-task.events';
export * from './service-task.state';
export * from './service-task.errors';
export * from './service-task.decider';
