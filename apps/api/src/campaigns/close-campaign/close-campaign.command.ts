import { Command } from '@nestjs/cqrs';
import type { CloseCampaign } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 结束: a launched campaign closed. */
export class CloseCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CloseCampaign, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
