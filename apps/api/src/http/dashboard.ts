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
 * The folder of the built pages (Vite writes them to `dist/apps/web`): beside the build
 * it is three levels up; from the sources (the test suites) it is the repository's dist.
 */
export const WEB_DIR = [
  join(__dirname, '..', '..', '..', 'web'),
  join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'web'),
].find((dir) => existsSync(join(dir, 'assets')));

/**
 * Serves the committee office's dashboard at /dashboard/ and the workbench pages at
 * /app/. The files need no token (they hold no data); the pages sign in and call the
 * JSON API.
 */
export async function installDashboard(app: NestFastifyApplication): Promise<void> {
  const logger = new Logger('Pages');
  if (existsSync(join(DASHBOARD_DIR, 'index.html')))
    await app.register(fastifyStatic as never, {
      root: DASHBOARD_DIR,
      prefix: '/dashboard',
      redirect: true,
      decorateReply: false,
    });
  else logger.warn(`no dashboard in ${DASHBOARD_DIR}: run npm run build`);
  if (WEB_DIR)
    await app.register(fastifyStatic as never, {
      root: WEB_DIR,
      prefix: '/app',
      redirect: true,
      decorateReply: false,
    });
  else logger.warn('no workbench pages in dist/apps/web: run npm run build');
}
