import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { lifeRequirementsDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { lifeRequirementsId } from '../../application/year-streams';
import { SetLifeRequirementsCommand } from './set-life-requirements.command';

@CommandHandler(SetLifeRequirementsCommand)
export class SetLifeRequirementsHandler implements ICommandHandler<SetLifeRequirementsCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: SetLifeRequirementsCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'life-requirements',
        id: lifeRequirementsId(payload.year),
        decider: lifeRequirementsDecider,
        command: { type: 'SetLifeRequirements', ...payload },
      },
      context,
    );
  }
}
