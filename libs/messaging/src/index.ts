export * from './transport.port';
export * from './in-process/in-process-transport';
export * from './kafka/kafka-settings';
export * from './kafka/kafka-topics';
export * from './kafka/kafka-transport';
export * from './outbox-relay';
