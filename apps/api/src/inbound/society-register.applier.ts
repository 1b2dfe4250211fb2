import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { parseStreamId } from '@pb/contracts';
import { NotFound } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { DeregisterSocietyCommand } from '../societies/deregister-society/deregister-society.command';
import { RegisterSocietyCommand } from '../societies/register-society/register-society.command';
import { RenameSocietyCommand } from '../societies/rename-society/rename-society.command';
import { SocietyClaims } from '../societies/society-claims';
import type { SocietyRegisterMessage } from './society-register.message';

/** The actor of the events a message of `source` causes. */
export const integrationActor = (source: string) => `integration:${source}`;

/**
 * Turns a society-register message into the command the HTTP api runs for the same
 * change. The messageId is the command's idempotency key, so a message delivered again
 * answers the first outcome and writes nothing.
 */
@Injectable()
export class SocietyRegisterApplier {
  constructor(
    private readonly commands: CommandBus,
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async apply(message: SocietyRegisterMessage): Promise<CommandOutcome> {
    const context: CommandContext = {
      actor: integrationActor(message.source),
      correlationId: message.messageId,
      idempotencyKey: message.messageId,
      expectedVersion: null,
    };
    switch (message.type) {
      case 'register': {
        const { creditCode, name, kind, shortName } = message.society;
        return this.commands.execute(
          new RegisterSocietyCommand(
            { societyId: societyIdFor(message), name, kind, creditCode, shortName },
            context,
          ),
        );
      }
      case 'rename':
        return this.commands.execute(
          new RenameSocietyCommand(
            {
              societyId: await this.societyWith(message.society.creditCode, context),
              name: message.society.name,
              ...(message.reason === undefined ? {} : { reason: message.reason }),
            },
            context,
          ),
        );
      case 'deregister':
        return this.commands.execute(
          new DeregisterSocietyCommand(
            {
              societyId: await this.societyWith(message.society.creditCode, context),
              reason: message.reason,
            },
            context,
          ),
        );
    }
  }

  /**
   * The society that holds the credit code. A deregistered society gives its code up, so
   * a deregistration delivered again finds its society through its own earlier commit.
   */
  private async societyWith(creditCode: string, context: CommandContext): Promise<string> {
    const code = creditCode.trim().toUpperCase();
    const streamId =
      (await this.claims.creditCodeHolder(code)) ??
      (await this.store.findByCommandId(this.runner.commandIdOf(context)))?.streamId;
    const stream = streamId === undefined ? null : parseStreamId(streamId);
    if (stream?.type !== 'society')
      throw new NotFound('SOCIETY.NOT_FOUND', `no society holds the credit code ${code}`);
    return stream.id;
  }
}

/**
 * A registration's society id follows from its message, so a registration interrupted
 * between claiming the credit code and appending finds its own claim when delivered again.
 */
export function societyIdFor(message: { source: string; messageId: string }): string {
  const hex = createHash('sha256')
    .update(`society\u0000${message.source}\u0000${message.messageId}`)
    .digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
