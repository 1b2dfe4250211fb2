/** How the Kafka transport connects and consumes; production values are in the README. */
export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly topic: string;
  readonly partitions: number;
  /**
   * Copies of each partition of the topics this system creates, and how many of them must
   * hold a write before it is acknowledged (min.insync.replicas). Unset: the broker's defaults.
   */
  readonly replicationFactor?: number;
  readonly minInsyncReplicas?: number;
  /** Consumer session timeout; a dead consumer's partitions move after this long. */
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** How long a fetch waits for data when the topic is quiet. */
  readonly maxWaitTimeMs: number;
}
