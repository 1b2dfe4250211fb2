import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { RecordPartyOrganisationCommand } from './record-party-organisation.command';

@CommandHandler(RecordPartyOrganisationCommand)
export class RecordPartyOrganisationHandler implements ICommandHandler<RecordPartyOrganisationCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: RecordPartyOrganisationCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'RecordPartyOrganisation', ...payload }, context);
  }
}
