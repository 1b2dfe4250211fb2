import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationalLifeNotFound, organisationalLifeDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { occurredOn } from '../../application/occurred-on';
import { CorrectOrganisationalLifeCommand } from './correct-organisational-life.command';

@CommandHandler(CorrectOrganisationalLifeCommand)
export class CorrectOrganisationalLifeHandler implements ICommandHandler<CorrectOrganisationalLifeCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: CorrectOrganisationalLifeCommand): Promise<CommandOutcome> {
    const societyId = await this.facts.lifeRecordSociety(payload.recordId);
    if (societyId === null) throw new OrganisationalLifeNotFound(payload.recordId);
    const { societyStatus, today } = await this.facts.organisationalLife(societyId);
    return this.runner.run(
      {
        streamType: 'organisational-life',
        id: payload.recordId,
        decider: organisationalLifeDecider,
        command: { type: 'CorrectOrganisationalLife', ...payload, societyId, societyStatus, today },
        occurredAt: occurredOn(payload.heldOn),
      },
      context,
    );
  }
}
