import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { SendPartyBuildingInstructorCommand } from './send-party-building-instructor.command';

@CommandHandler(SendPartyBuildingInstructorCommand)
export class SendPartyBuildingInstructorHandler implements ICommandHandler<SendPartyBuildingInstructorCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: SendPartyBuildingInstructorCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'SendPartyBuildingInstructor', ...payload }, context);
  }
}
