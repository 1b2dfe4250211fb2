import { Global, Module } from '@nestjs/common';
import { CommandRunner } from './command-runner';
import { Facts } from './facts';
import { GetViewHandler } from './get-view/get-view.handler';

/** What every feature module shares: the command runner, the cross-aggregate facts, the view query. */
@Global()
@Module({ providers: [CommandRunner, Facts, GetViewHandler], exports: [CommandRunner, Facts] })
export class ApplicationModule {}
