import { join } from 'node:path';

/** Where embedded mode keeps its files: the two SQLite databases, the token secret and the evidence files. */
export function embeddedFiles(dataDir: string): {
  readonly events: string;
  readonly views: string;
  /** The HS256 secret made on first start when no AUTH_JWT_SECRET is set. */
  readonly secret: string;
  /** The evidence files, one per SHA-256. */
  readonly evidence: string;
} {
  return {
    events: join(dataDir, 'events.sqlite'),
    views: join(dataDir, 'views.sqlite'),
    secret: join(dataDir, 'jwt-secret'),
    evidence: join(dataDir, 'files'),
  };
}
