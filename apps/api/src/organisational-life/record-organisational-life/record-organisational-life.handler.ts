import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationalLifeDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { occurredOn } from '../../application/occurred-on';
import { RecordOrganisationalLifeCommand } from './record-organisational-life.command';

@CommandHandler(RecordOrganisationalLifeCommand)
export class RecordOrganisationalLifeHandler implements ICommandHandler<RecordOrganisationalLifeCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: RecordOrganisationalLifeCommand): Promise<CommandOutcome> {
    const facts = await this.facts.organisationalLife(payload.societyId);
    return this.runner.run(
      {
        streamType: 'organisational-life',
        id: payload.recordId,
        decider: organisationalLifeDecider,
        command: { type: 'RecordOrganisationalLife', ...payload, ...facts },
        occurredAt: occurredOn(payload.heldOn),
      },
      context,
    );
  }
}
