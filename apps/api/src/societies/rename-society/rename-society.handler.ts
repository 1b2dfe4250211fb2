import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { RenameSocietyCommand } from './rename-society.command';

@CommandHandler(RenameSocietyCommand)
export class RenameSocietyHandler implements ICommandHandler<RenameSocietyCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: RenameSocietyCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'RenameSociety', ...payload }, context);
  }
}
