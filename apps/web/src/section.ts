/** One section of the workbench: a page (or the dashboard) and who sees it. */
import type { Role } from './session';

export interface Section {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** Served outside these pages (the reports dashboard). */
  readonly external?: boolean;
  readonly roles: readonly Role[];
}
