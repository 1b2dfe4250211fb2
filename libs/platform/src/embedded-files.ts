import { join } from 'node:path';

/** Where embedded mode keeps its SQLite files. */
export function embeddedFiles(dataDir: string): {
  readonly events: string;
  readonly views: string;
} {
  return { events: join(dataDir, 'events.sqlite'), views: join(dataDir, 'views.sqlite') };
}
