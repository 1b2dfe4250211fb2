import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { RegisterSocietyCommand } from './register-society.command';

@CommandHandler(RegisterSocietyCommand)
export class RegisterSocietyHandler implements ICommandHandler<RegisterSocietyCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: RegisterSocietyCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'RegisterSociety', ...payload }, context);
  }
}
