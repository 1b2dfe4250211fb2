import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DomainError } from '@pb/domain';
import { OutboxRelay } from '@pb/messaging';
import { Runtime, type AppConfig } from '@pb/platform';
import { AccountRunner } from '../accounts/account-runner';
import { ApplicationModule } from '../application/application.module';
import { Passwords } from '../auth/passwords';
import { Sessions } from '../auth/sessions';
import { runtimePorts } from './import.module';
import { readOptions, UsageError } from './usage';

/** The account commands without HTTP, over the runtime's adapters. */
@Module({})
class AccountsCommandModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    const ports = runtimePorts(runtime);
    return {
      module: AccountsCommandModule,
      global: true,
      imports: [CqrsModule.forRoot(), ApplicationModule],
      providers: [...ports, Passwords, Sessions, AccountRunner],
      exports: ports.map((port) => port.provide),
    };
  }
}

/**
 * `accounts invite-admin --login <l> --name <n>`: invites an office (办公室) account and
 * prints its one-time link path, to open on the api's origin. Reads nothing from stdin.
 */
export async function accountsCommand(config: AppConfig, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'invite-admin')
    throw new UsageError('accounts: the only subcommand is invite-admin --login <l> --name <n>');
  const { options, positionals } = readOptions('accounts invite-admin', rest, ['login', 'name']);
  if (!options.login || !options.name)
    throw new UsageError('accounts invite-admin: --login and --name are required');
  if (positionals.length > 0)
    throw new UsageError(`accounts invite-admin: unexpected ${positionals.join(' ')}`);
  const runtime = await Runtime.open(config);
  try {
    const app = await NestFactory.createApplicationContext(
      AccountsCommandModule.forRuntime(runtime),
      { logger: ['error'], abortOnError: false },
    );
    try {
      const accountId = randomUUID();
      await app
        .get(AccountRunner)
        .run(
          {
            type: 'InviteAccount',
            accountId,
            login: options.login,
            displayName: options.name,
            role: 'admin',
          },
          {
            actor: cliActor(),
            correlationId: randomUUID(),
            idempotencyKey: null,
            expectedVersion: null,
          },
        )
        .catch((error: unknown) => {
          if (error instanceof DomainError)
            throw new UsageError(`accounts invite-admin: ${error.message}`);
          throw error;
        });
      const invitation = await app.get(Sessions).issueInvitation(accountId);
      await publishEmbedded(runtime, config);
      console.log(`account ${accountId} (${options.login}) invited as admin`);
      console.log(`open this one-time link on the api's address before ${invitation.expiresAt}:`);
      console.log(invitation.path);
      return 0;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.close();
  }
}

/** In embedded mode the views are this process's to bring up to date (the api may not run). */
async function publishEmbedded(runtime: Runtime, config: AppConfig): Promise<void> {
  if (config.mode !== 'embedded') return;
  const relay = new OutboxRelay(runtime.infra.store, runtime.infra.transport, {
    ...config.relay,
    retryMs: 500,
  });
  await runtime.start({ relay: false, projector: true });
  while ((await relay.drainOnce()) > 0);
}

function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}
