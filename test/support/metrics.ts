import type { Cluster } from './cluster';
import type { AppName } from './processes';

/** The metrics URL a process announced at start. */
export function metricsUrlOf(cluster: Cluster, app: AppName): string {
  const output = cluster.app(app).output.join('');
  const url = /metrics at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(output)?.[1];
  if (!url) throw new Error(`${app} did not announce its metrics:\n${cluster.app(app).log()}`);
  return url;
}

/** The samples of our own metrics (pb_*). */
export async function scrape(url: string): Promise<string[]> {
  return (await (await fetch(url)).text()).split('\n').filter((line) => line.startsWith('pb_'));
}

/** The values of one metric's samples, whatever their labels. */
export function values(lines: readonly string[], name: string): number[] {
  return lines
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
}

/** A process's readiness beside its metrics: the status and the checks /health/ready answers. */
export async function readinessOf(metricsUrl: string) {
  const answer = await fetch(metricsUrl.replace('/metrics', '/health/ready')).catch(() => null);
  if (!answer) return { status: 0, checks: undefined };
  const body = (await answer.json().catch(() => ({}))) as {
    checks?: Record<string, { status: string; error?: string }>;
  };
  return { status: answer.status, checks: body.checks };
}

/** The commits the relay has published since it started. */
export async function publishedCommits(metricsUrl: string): Promise<number> {
  return values(await scrape(metricsUrl), 'pb_relay_published_commits_total')[0] ?? 0;
}
