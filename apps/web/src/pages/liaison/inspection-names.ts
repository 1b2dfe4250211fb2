/** The names of a batch's sampled societies, from its report: an inspector may read no other register. */
import { get } from '../../api';

export async function sampledNames(batchId: string): Promise<Map<string, string>> {
  const report = await get<{ sample: { societyId: string; name: string | null }[] }>(
    `/inspection-batches/${batchId}/report`,
  );
  return new Map(report.sample.flatMap((one) => (one.name ? [[one.societyId, one.name]] : [])));
}
