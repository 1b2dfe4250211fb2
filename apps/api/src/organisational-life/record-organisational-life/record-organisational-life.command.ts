import { Command } from '@nestjs/cqrs';
import type { OrganisationalLifeFacts, RecordOrganisationalLife } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 记录组织生活: a meeting the society's party organisation held. */
export class RecordOrganisationalLifeCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<
      RecordOrganisationalLife,
      'type' | keyof OrganisationalLifeFacts | 'societyHasOrganisation'
    >,
    readonly context: CommandContext,
  ) {
    super();
  }
}
