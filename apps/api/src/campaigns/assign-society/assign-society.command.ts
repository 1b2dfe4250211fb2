import { Command } from '@nestjs/cqrs';
import type { CampaignCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 分配联系学会: a society given a liaison; the handler looks up both. */
export class AssignSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<
      Extract<CampaignCommand, { type: 'AssignSociety' }>,
      'type' | 'societyStatus' | 'liaisonStatus'
    >,
    readonly context: CommandContext,
  ) {
    super();
  }
}
