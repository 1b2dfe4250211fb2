import { Command } from '@nestjs/cqrs';
import type { RecordInspectionVisit } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 走访: a visit to a sampled society (date, inspectors); the first opens its inspection. */
export class RecordInspectionVisitCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecordInspectionVisit, 'type' | 'inspectionId' | 'societyInSample'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
