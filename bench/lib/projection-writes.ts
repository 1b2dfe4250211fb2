import type { NodeProcess } from './processes';

/** What a projector had applied and written when its metrics were read. */
export interface ProjectionWrites {
  readonly events: number;
  /** Documents written per collection (positions and status views included). */
  readonly documents: Record<string, number>;
}

/** Sums a counter's samples in Prometheus text, grouped by one label (or all together). */
function samples(text: string, name: string, label?: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    const key = label ? (new RegExp(`${label}="([^"]*)"`).exec(line)?.[1] ?? '') : '';
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  return sums;
}

/** Reads the projector's counters from the metrics endpoint of the process that runs it. */
export async function projectionWrites(process: NodeProcess): Promise<ProjectionWrites> {
  if (!process.metricsUrl) throw new Error(`${process.label} did not say where its metrics are`);
  const text = await (await fetch(process.metricsUrl)).text();
  return {
    events: samples(text, 'pb_projection_events_total').get('') ?? 0,
    documents: Object.fromEntries(
      samples(text, 'pb_projection_documents_written_total', 'collection'),
    ),
  };
}
