import { Injectable } from '@nestjs/common';
import { societyDecider, type SocietyCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { SocietyClaims } from './society-claims';

/**
 * Runs a command on a society's stream with its name and credit code kept unique:
 * claimed before the events that set them are appended, released when given up.
 */
@Injectable()
export class SocietyRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly claims: SocietyClaims,
  ) {}

  run(command: SocietyCommand, context: CommandContext): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: command.societyId,
        decider: societyDecider,
        command,
        reserve: (events, streamId) => this.claims.reserve(events, streamId),
        afterCommit: (events, streamId, before) =>
          this.claims.afterCommit(events, streamId, before),
      },
      context,
    );
  }
}
