import { Module } from '@nestjs/common';
import { ServiceTaskCommandHandler } from './service-task.command';
import { ServiceTasksController } from './service-tasks.controller';

@Module({ controllers: [ServiceTasksController], providers: [ServiceTaskCommandHandler] })
export class ServiceTasksModule {}
