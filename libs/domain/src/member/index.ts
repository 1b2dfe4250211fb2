export * from './member.commands';
export * from './member.events';
export * from './member.state';
export * from './member.errors';
export * from './member.decider';
