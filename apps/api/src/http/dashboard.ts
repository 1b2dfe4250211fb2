import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';

/**
 * The folder of the built pages (Vite writes them to `dist/apps/web`): beside the build
 * it is three levels up; from the sources (the test suites) it is the repository's dist.
 */
export const WEB_DIR = [
  join(__dirname, '..', '..', '..', 'web'),
  join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'web'),
].find((dir) => existsSync(join(dir, 'assets')));

/** Where the reports moved to: the workbench's 报表看板. */
export const REPORTS_PAGE = '/app/#/reports';

/**
 * Serves the workbench pages at /app/. The files need no token (they hold no data); the
 * pages sign in and call the JSON API. The reports dashboard that was at /dashboard/ is
 * one of these pages now: its old addresses, kept in bookmarks, answer a permanent
 * redirect to it.
 */
export async function installDashboard(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const moved = (_request: unknown, reply: FastifyReply) => reply.redirect(REPORTS_PAGE, 301);
  for (const url of ['/dashboard', '/dashboard/', '/dashboard/*']) fastify.get(url, moved);
  if (WEB_DIR)
    await app.register(fastifyStatic as never, {
      root: WEB_DIR,
      prefix: '/app',
      redirect: true,
      decorateReply: false,
    });
  else new Logger('Pages').warn('no workbench pages in dist/apps/web: run npm run build');
}
