import { readFileSync, writeFileSync } from 'node:fs';
import type { ProcessMemory } from './scenario';

/** Peak resident set (VmHWM) of a live process in MiB, or null once it is gone. */
export function peakRssMiB(pid: number | 'self'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** Starts the peak over (Linux: writing 5 to clear_refs resets VmHWM to the current RSS). */
export function resetPeakRss(pid: number | 'self'): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not permitted here: the peak then covers the process's whole life
  }
}

/** The highest peak seen per process name during one scenario. */
export class MemoryLog {
  private readonly peaks = new Map<string, number>();

  record(process: string, peakMiB: number | null): void {
    if (peakMiB === null) return;
    this.peaks.set(process, Math.max(this.peaks.get(process) ?? 0, peakMiB));
  }

  entries(): ProcessMemory[] {
    return [...this.peaks].map(([process, peakRssMiB]) => ({ process, peakRssMiB }));
  }
}
