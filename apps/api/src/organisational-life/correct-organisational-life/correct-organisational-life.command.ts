import { Command } from '@nestjs/cqrs';
import type { CorrectOrganisationalLife, OrganisationalLifeFacts } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 更正组织生活记录: every field given again, with a reason; the society stays the record's. */
export class CorrectOrganisationalLifeCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<
      CorrectOrganisationalLife,
      'type' | keyof OrganisationalLifeFacts | 'societyId'
    >,
    readonly context: CommandContext,
  ) {
    super();
  }
}
