import { Command } from '@nestjs/cqrs';
import type { RecordPartyOrganisation } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 记录学会党组织: the society's party organisation as it stands. */
export class RecordPartyOrganisationCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecordPartyOrganisation, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
