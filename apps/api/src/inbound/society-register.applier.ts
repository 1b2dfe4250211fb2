import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { parseStreamId, streamIdOf } from '@pb/contracts';
import { NotFound, societyDecider, type SocietyKind } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { StreamStates } from '../application/stream-states';
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
    private readonly states: StreamStates,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async apply(message: SocietyRegisterMessage): Promise<CommandOutcome> {
    const context: CommandContext = {
      actor: integrationActor(message.source),
      correlationId: message.messageId,
      idempotencyKey: message.messageId,
      expectedVersion: null,
      occurredAt: new Date(message.occurredAt).toISOString(),
    };
    switch (message.type) {
      case 'register': {
        const { creditCode, name, kind, shortName } = message.society;
        const societyId = societyIdFor(message);
        // A registry's full sync sends every society it holds again, under new message ids.
        const holder = await this.registeredHolder(creditCode);
        if (holder !== null && holder !== societyId)
          return this.sync(holder, message.society, context);
        return this.commands.execute(
          new RegisterSocietyCommand({ societyId, name, kind, creditCode, shortName }, context),
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

  /** The registered society that holds the credit code, if one does. */
  private async registeredHolder(creditCode: string): Promise<string | null> {
    const streamId = await this.claims.creditCodeHolder(normalisedCode(creditCode));
    const stream = streamId === null ? null : parseStreamId(streamId);
    return stream?.type === 'society' ? stream.id : null;
  }

  /**
   * A registration of a society the system already holds by its credit code: renamed when
   * the registry's name differs, left as it is otherwise. The kind is the committee's record
   * once registered; a registry that differs on it is answered with a warning.
   */
  private async sync(
    societyId: string,
    society: { readonly name: string; readonly kind: SocietyKind },
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const streamId = streamIdOf('society', societyId);
    const { state, version } = await this.states.load(streamId, societyDecider);
    if (state.status === 'registered' && state.name !== society.name)
      return this.commands.execute(
        new RenameSocietyCommand({ societyId, name: society.name, reason: SYNC_REASON }, context),
      );
    const kindDiffers = state.status === 'registered' && state.kind !== society.kind;
    return {
      id: societyId,
      streamId,
      version,
      events: [],
      replayed: false,
      ...(kindDiffers
        ? {
            warnings: [
              {
                code: 'SOCIETY.KIND_KEPT',
                message: `the society is recorded as ${state.kind}; the register's ${society.kind} was not applied`,
              },
            ],
          }
        : {}),
    };
  }

  /**
   * The society that holds the credit code. A deregistered society gives its code up, so
   * a deregistration delivered again finds its society through its own earlier commit.
   */
  private async societyWith(creditCode: string, context: CommandContext): Promise<string> {
    const code = normalisedCode(creditCode);
    const streamId =
      (await this.claims.creditCodeHolder(code)) ??
      (await this.store.findByCommandId(this.runner.commandIdOf(context)))?.streamId;
    const stream = streamId === undefined ? null : parseStreamId(streamId);
    if (stream?.type !== 'society')
      throw new NotFound('SOCIETY.NOT_FOUND', `no society holds the credit code ${code}`);
    return stream.id;
  }
}

/** The reason a rename from the registry's full sync carries. */
const SYNC_REASON = '社会组织登记信息同步更名';

const normalisedCode = (creditCode: string) => creditCode.trim().toUpperCase();

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
