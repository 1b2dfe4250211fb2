import { randomUUID } from 'node:crypto';
import { latestSeal, sealStore, verifyStore } from '@pb/event-store';
import { BULK_CACHE_KIB } from '@pb/storage';
import { ENTITY_PROJECTIONS, Runtime, type AppConfig } from '@pb/platform';
import { checkConsistency, rebuildReadModels, type RebuildProgress } from '@pb/projections';
import { startProgress, type Progress, type ProgressOptions } from './progress';

/** Seconds since `started`, for the summary lines. */
export const secondsSince = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

export async function verify(runtime: Runtime, display: ProgressOptions): Promise<number> {
  const started = Date.now();
  const progress = startProgress('verify', 'commits read', display);
  const report = await verifyStore(runtime.infra.store, {
    federationId: runtime.config.federationId,
    files: runtime.infra.files,
    onProgress: (p) => progress.update(p.commits, null),
  }).finally(() => progress.stop());
  console.log(
    `verify: ${report.commits} commits in ${report.streams} streams, ${report.files} evidence files, ${report.seal ? `against the seal of ${report.seal.sealedAt} (${report.seal.streams} streams)` : 'no seal yet'}; ${secondsSince(started)}`,
  );
  for (const problem of report.problems) console.log(`  ${problem.kind}: ${problem.message}`);
  console.log(
    report.ok
      ? 'verify: OK, nothing missing or altered, no file missing or changed'
      : `verify: ${report.problems.length} problem(s); first: ${report.firstProblem?.message}`,
  );
  return report.ok ? 0 : 1;
}

export async function seal(runtime: Runtime, display: ProgressOptions): Promise<number> {
  const started = Date.now();
  const { store } = runtime.infra;
  const progress = startProgress('seal', 'commits read', display);
  const outcome = await sealStore(store, {
    federationId: runtime.config.federationId,
    now: () => new Date(),
    newId: randomUUID,
    onProgress: (p) => progress.update(p.commits, null),
  }).finally(() => progress.stop());
  const latest = await latestSeal(store, runtime.config.federationId);
  console.log(
    `seal: ${outcome.streams} streams sealed at ${outcome.sealedAt}, root ${outcome.root}, recorded as ${latest?.commitId}; ${secondsSince(started)}`,
  );
  return 0;
}

const PHASES: Record<RebuildProgress['phase'], { label: string; unit: string }> = {
  replay: { label: 'rebuild: replay', unit: 'commits' },
  status: { label: 'rebuild: status views', unit: 'views' },
  'catch-up': { label: 'rebuild: catch-up', unit: 'commits' },
};

export async function rebuild(runtime: Runtime, display: ProgressOptions): Promise<number> {
  const started = Date.now();
  const { store, views } = runtime.infra;
  // One bar per phase; the status views are recomputed twice, before and after the switch.
  let step: { phase: RebuildProgress['phase']; progress: Progress } | null = null;
  const report = await rebuildReadModels(store, views, ENTITY_PROJECTIONS, (p) => {
    if (step?.phase !== p.phase) {
      step?.progress.stop();
      const { label, unit } = PHASES[p.phase];
      step = { phase: p.phase, progress: startProgress(label, unit, display) };
    }
    step.progress.update(p.done, p.total);
  }).finally(() => step?.progress.stop());
  console.log(
    `rebuild: ${report.events} events in ${report.commits} commits replayed, every view replaced under its own name; ${secondsSince(started)}`,
  );
  for (const [collection, count] of Object.entries(report.documents))
    console.log(`  ${collection}: ${count}`);
  return 0;
}

export async function check(runtime: Runtime): Promise<number> {
  const started = Date.now();
  const { store, views } = runtime.infra;
  const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
  console.log(
    `check: ${report.events} events in ${report.commits} commits against ${report.documents} documents; ${secondsSince(started)}`,
  );
  for (const difference of report.differences)
    console.log(
      `  ${difference.problem}: ${difference.collection}/${difference.id}${difference.problem === 'different' ? `\n    expected ${JSON.stringify(difference.expected)}\n    actual   ${JSON.stringify(difference.actual)}` : ''}`,
    );
  console.log(
    report.differences.length === 0
      ? 'check: the views agree with the event store'
      : `check: ${report.differences.length} difference(s)`,
  );
  return report.differences.length === 0 ? 0 : 1;
}

/**
 * Opens the stores of `config` for one command, and closes them whatever happens: each
 * command reads or writes the whole store, so SQLite keeps the bulk job's page cache.
 */
export async function withRuntime(
  config: AppConfig,
  run: (runtime: Runtime) => Promise<number>,
): Promise<number> {
  const runtime = await Runtime.open(config, { sqliteCacheKiB: BULK_CACHE_KIB });
  try {
    return await run(runtime);
  } finally {
    await runtime.close();
  }
}
