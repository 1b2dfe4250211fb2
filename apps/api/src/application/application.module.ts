import { Global, Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { Facts } from './facts';
import { StreamStates } from './stream-states';
import { GetViewHandler } from './get-view/get-view.handler';

/** What every feature module shares: the command runner, the cross-aggregate facts, the view query. */
@Global()
@Module({
  providers: [CommandRunner, Facts, GetViewHandler, StreamStates],
  exports: [CommandRunner, Facts, StreamStates],
})
export class ApplicationModule {}
