import { failingChecks, type Readiness } from '@pb/platform';
import { EdgeError } from '../http/edge.errors';

/** A readiness check failed: the answer names the failing checks and lists every one. */
export class NotReady extends EdgeError {
  readonly kind = 'not-ready' as const;
  constructor(checks: Readiness['checks']) {
    super('HEALTH.NOT_READY', failingChecks(checks), { extensions: { checks } });
  }
}
