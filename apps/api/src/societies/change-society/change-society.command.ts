import { Command } from '@nestjs/cqrs';
import type { DeregisterSociety, RecordPartyOrganisation, RenameSociety } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** A command on an existing society: rename, record its party organisation, deregister. */
export class ChangeSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: RenameSociety | RecordPartyOrganisation | DeregisterSociety,
    readonly context: CommandContext,
  ) {
    super();
  }
}
