import { Conflict, NotFound } from '../shared/errors';

export class ServiceTaskNotFound extends NotFound {
  constructor(taskId: string) {
    super('SERVICE_TASK.NOT_FOUND', `service task ${taskId} does not exist`);
  }
}

export class ServiceTaskAlreadyProposed extends Conflict {
  constructor(taskId: string) {
    super('SERVICE_TASK.ALREADY_EXISTS', `service task ${taskId} already exists`);
  }
}
