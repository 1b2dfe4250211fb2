import { Conflict, NotFound } from '../shared/errors';

export class LectureNotFound extends NotFound {
  constructor(lectureId: string) {
    super('LECTURE.NOT_FOUND', `lecture ${lectureId} does not exist`);
  }
}

export class LectureAlreadyScheduled extends Conflict {
  constructor(lectureId: string) {
    super('LECTURE.ALREADY_EXISTS', `lecture ${lectureId} already exists`);
  }
}
