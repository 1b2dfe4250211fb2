/** One section of the workbench: a page and who sees it. */
import type { Role } from './session';

export interface Section {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  readonly roles: readonly Role[];
}
