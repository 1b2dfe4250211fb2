import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';

/**
 * The folder of the dashboard's static files: `apps/api/dashboard` beside the sources,
 * `dist/apps/api/dashboard` beside the build (the build script copies it there).
 */
export const DASHBOARD_DIR = join(__dirname, '..', '..', 'dashboard');

/**
 * Serves the committee office's dashboard at /dashboard/. The files need no token (they
 * hold no data); the page asks for one and calls the JSON API with it.
 */
export async function installDashboard(app: NestFastifyApplication): Promise<void> {
  if (!existsSync(join(DASHBOARD_DIR, 'index.html'))) {
    new Logger('Dashboard').warn(`no dashboard in ${DASHBOARD_DIR}: run npm run build`);
    return;
  }
  await app.register(fastifyStatic as never, {
    root: DASHBOARD_DIR,
    prefix: '/dashboard',
    redirect: true,
    decorateReply: false,
  });
}
