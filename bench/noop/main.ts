import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

/** The baseline: a POST route that parses the JSON body and answers at once. */
@Controller()
class NoopController {
  @Post('noop')
  @HttpCode(200)
  noop(@Body() body: unknown): { ok: boolean } {
    return { ok: body !== undefined };
  }
}

@Module({ controllers: [NoopController] })
class NoopModule {}

/**
 * The same framework and adapter as the api (NestJS on Fastify, the same body limit),
 * with nothing behind the route: the ceiling an HTTP command could reach on this box.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    NoopModule,
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    { logger: ['error', 'warn'] },
  );
  const port = Number(process.argv[2] ?? 0);
  await app.listen(port, '127.0.0.1');
  console.log(`listening on ${await app.getUrl()}`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
