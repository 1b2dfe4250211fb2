import { Partitioners, type PartitionMetadata } from 'kafkajs';

const partitioner = Partitioners.DefaultPartitioner();

/**
 * The partition of a key among `partitions`, as the producer's partitioner (the Java
 * client's murmur2) places it: computed ahead so that each send goes to one partition.
 */
export function partitionOf(key: string, partitions: number): number {
  const partitionMetadata: PartitionMetadata[] = Array.from({ length: partitions }, (_, id) => ({
    partitionId: id,
    partitionErrorCode: 0,
    leader: 0,
    replicas: [0],
    isr: [0],
    offlineReplicas: [],
  }));
  return partitioner({ topic: '', partitionMetadata, message: { key, value: null } });
}

/** Messages grouped by partition, each group in the order given. */
export function byPartition<T extends { readonly key: string }>(
  messages: readonly T[],
  partitions: number,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const message of messages) {
    const partition = partitionOf(message.key, partitions);
    const group = groups.get(partition) ?? [];
    group.push(message);
    groups.set(partition, group);
  }
  return groups;
}
