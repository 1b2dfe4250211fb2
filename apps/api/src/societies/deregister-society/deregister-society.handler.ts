import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyRunner } from '../society-runner';
import { DeregisterSocietyCommand } from './deregister-society.command';

@CommandHandler(DeregisterSocietyCommand)
export class DeregisterSocietyHandler implements ICommandHandler<DeregisterSocietyCommand> {
  constructor(private readonly society: SocietyRunner) {}

  execute({ payload, context }: DeregisterSocietyCommand): Promise<CommandOutcome> {
    return this.society.run({ type: 'DeregisterSociety', ...payload }, context);
  }
}
