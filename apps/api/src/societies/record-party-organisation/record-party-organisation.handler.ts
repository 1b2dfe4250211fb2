import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { societyDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { RecordPartyOrganisationCommand } from './record-party-organisation.command';

@CommandHandler(RecordPartyOrganisationCommand)
export class RecordPartyOrganisationHandler implements ICommandHandler<RecordPartyOrganisationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: RecordPartyOrganisationCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'society',
        id: payload.societyId,
        decider: societyDecider,
        command: { type: 'RecordPartyOrganisation', ...payload },
      },
      context,
    );
  }
}
