import { Module } from '@nestjs/common';
import { AcceptServiceTaskHandler } from './accept-service-task/accept-service-task.handler';
import { CancelServiceTaskHandler } from './cancel-service-task/cancel-service-task.handler';
import { CompleteServiceTaskHandler } from './complete-service-task/complete-service-task.handler';
import { EscalateServiceTaskHandler } from './escalate-service-task/escalate-service-task.handler';
import { EvaluateServiceTaskHandler } from './evaluate-service-task/evaluate-service-task.handler';
import { ProposeServiceTaskHandler } from './propose-service-task/propose-service-task.handler';
import { RecordServiceTaskProgressHandler } from './record-service-task-progress/record-service-task-progress.handler';
import { ServiceTasksController } from './service-tasks.controller';
import { CastServiceTaskBallotHandler } from './cast-service-task-ballot/cast-service-task-ballot.handler';
import { CloseServiceTaskRatingHandler } from './close-service-task-rating/close-service-task-rating.handler';
import { OpenServiceTaskRatingHandler } from './open-service-task-rating/open-service-task-rating.handler';
import { RatingCodes } from './rating/rating-codes';
import { RatingDeadlines } from './rating/rating-deadlines';
import { RatingLedger } from './rating/rating-ledger';
import { RatingsController } from './rating/ratings.controller';
import { ServiceTaskRatingsController } from './rating/service-task-ratings.controller';

@Module({
  controllers: [ServiceTasksController, ServiceTaskRatingsController, RatingsController],
  providers: [
    ProposeServiceTaskHandler,
    AcceptServiceTaskHandler,
    RecordServiceTaskProgressHandler,
    CompleteServiceTaskHandler,
    EvaluateServiceTaskHandler,
    CancelServiceTaskHandler,
    EscalateServiceTaskHandler,
    OpenServiceTaskRatingHandler,
    CastServiceTaskBallotHandler,
    CloseServiceTaskRatingHandler,
    RatingCodes,
    RatingLedger,
    RatingDeadlines,
  ],
})
export class ServiceTasksModule {}
