import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { RecallPartyBuildingInstructorCommand } from './recall-party-building-instructor.command';

@CommandHandler(RecallPartyBuildingInstructorCommand)
export class RecallPartyBuildingInstructorHandler implements ICommandHandler<RecallPartyBuildingInstructorCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: RecallPartyBuildingInstructorCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'RecallPartyBuildingInstructor', ...payload }, context);
  }
}
