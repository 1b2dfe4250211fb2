export * from './kafka-probe';
export * from './logging';
export * from './metrics';
export * from './metrics-server';
export * from './observability-settings';
export * from './readiness';
export * from './relay-stall';
