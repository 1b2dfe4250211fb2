import { Module } from '@nestjs/common';
import { AcceptServiceTaskHandler } from './accept-service-task/accept-service-task.handler';
import { CancelServiceTaskHandler } from './cancel-service-task/cancel-service-task.handler';
import { CompleteServiceTaskHandler } from './complete-service-task/complete-service-task.handler';
import { EscalateServiceTaskHandler } from './escalate-service-task/escalate-service-task.handler';
import { EvaluateServiceTaskHandler } from './evaluate-service-task/evaluate-service-task.handler';
import { ProposeServiceTaskHandler } from './propose-service-task/propose-service-task.handler';
import { RecordServiceTaskProgressHandler } from './record-service-task-progress/record-service-task-progress.handler';
import { ServiceTasksController } from './service-tasks.controller';

@Module({
  controllers: [ServiceTasksController],
  providers: [
    ProposeServiceTaskHandler,
    AcceptServiceTaskHandler,
    RecordServiceTaskProgressHandler,
    CompleteServiceTaskHandler,
    EvaluateServiceTaskHandler,
    CancelServiceTaskHandler,
    EscalateServiceTaskHandler,
  ],
})
export class ServiceTasksModule {}
