import { Command } from '@nestjs/cqrs';
import type { CampaignCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 调整联系委员: a society moved to another liaison; the handler looks up both. */
export class MoveAssignmentCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<
      Extract<CampaignCommand, { type: 'MoveAssignment' }>,
      'type' | 'societyStatus' | 'liaisonStatus'
    >,
    readonly context: CommandContext,
  ) {
    super();
  }
}
