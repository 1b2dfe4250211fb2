import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { round } from './stats';

/** What a process is, for the bench's CPU accounting. */
export type CpuGroup =
  | 'api'
  | 'relay'
  | 'projector'
  | 'no-op server'
  | 'bench runner (load)'
  | 'MongoDB-wire server'
  | 'PostgreSQL'
  | 'Kafka'
  | 'other';

export const CPU_GROUPS: readonly CpuGroup[] = [
  'api',
  'relay',
  'projector',
  'no-op server',
  'bench runner (load)',
  'MongoDB-wire server',
  'PostgreSQL',
  'Kafka',
  'other',
];

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ). */
let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

interface ProcessTime {
  readonly group: CpuGroup;
  /** user + system ticks of the process, its threads included. */
  readonly ticks: number;
}

/** The group of a process from its command name and command line. */
function groupOf(comm: string, cmdline: string): CpuGroup {
  if (comm === 'ferretdb') return 'MongoDB-wire server';
  if (comm === 'postgres') return 'PostgreSQL';
  if (comm === 'java' && cmdline.includes('kafka')) return 'Kafka';
  if (cmdline.includes('/apps/api/src/')) return 'api';
  if (cmdline.includes('/apps/relay/src/')) return 'relay';
  if (cmdline.includes('/apps/projector/src/')) return 'projector';
  if (cmdline.includes('/bench/noop/')) return 'no-op server';
  if (cmdline.includes('/bench/run.js')) return 'bench runner (load)';
  return 'other';
}

/** The CPU time so far of every process on the machine (Linux /proc), by pid. */
function snapshot(): Map<number, ProcessTime> {
  const times = new Map<number, ProcessTime>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      // After the command name: state is field 3, utime 14 and stime 15.
      const fields = stat.slice(close + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      times.set(Number(entry), { group: groupOf(comm, cmdline), ticks });
    } catch {
      // the process ended while it was read
    }
  }
  return times;
}

/** CPU seconds each group of processes used over a stretch of work, and its wall time. */
export interface CpuUse {
  readonly seconds: number;
  readonly byGroup: Record<CpuGroup, number>;
  /** The machine's CPU in use over the stretch, in % of all its cores. */
  readonly busyPercent: number;
}

/**
 * Runs `work` and measures the CPU time every process on the machine used meanwhile,
 * grouped (a process that ends within the stretch is not seen).
 */
export async function measureCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const before = snapshot();
  const started = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = snapshot();
  const byGroup = Object.fromEntries(CPU_GROUPS.map((group) => [group, 0])) as Record<
    CpuGroup,
    number
  >;
  for (const [pid, now] of after) {
    const used = now.ticks - (before.get(pid)?.ticks ?? 0);
    byGroup[now.group] += used / clockTicks();
  }
  const total = CPU_GROUPS.reduce((sum, group) => sum + byGroup[group], 0);
  return {
    result,
    cpu: { seconds, byGroup, busyPercent: round((total / (seconds * cpus().length)) * 100, 0) },
  };
}

/** CPU milliseconds per operation of each group, and in all. */
export function cpuPerOperation(
  cpu: CpuUse,
  operations: number,
): Record<CpuGroup | 'total', number> {
  const per = (seconds: number) => (operations > 0 ? round((seconds * 1000) / operations, 2) : 0);
  const out = Object.fromEntries(CPU_GROUPS.map((group) => [group, per(cpu.byGroup[group])]));
  const total = CPU_GROUPS.reduce((sum, group) => sum + cpu.byGroup[group], 0);
  return { ...out, total: per(total) } as Record<CpuGroup | 'total', number>;
}
