import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vitalityWeightsDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { vitalityWeightsId } from '../../application/year-streams';
import { SetVitalityWeightsCommand } from './set-vitality-weights.command';

@CommandHandler(SetVitalityWeightsCommand)
export class SetVitalityWeightsHandler implements ICommandHandler<SetVitalityWeightsCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: SetVitalityWeightsCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'vitality-weights',
        id: vitalityWeightsId(payload.year),
        decider: vitalityWeightsDecider,
        command: { type: 'SetVitalityWeights', ...payload },
      },
      context,
    );
  }
}
