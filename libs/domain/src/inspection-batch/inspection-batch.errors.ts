import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';

export class InspectionBatchNotFound extends NotFound {
  constructor(batchId: string) {
    super('INSPECTION_BATCH.NOT_FOUND', `inspection batch ${batchId} does not exist`);
  }
}

export class InspectionBatchAlreadyPlanned extends Conflict {
  constructor(batchId: string) {
    super('INSPECTION_BATCH.ALREADY_EXISTS', `inspection batch ${batchId} already exists`);
  }
}

export class InspectionBatchIsClosed extends RuleBroken {
  constructor(batchId: string) {
    super('INSPECTION_BATCH.CLOSED', `inspection batch ${batchId} is closed`);
  }
}

export class InspectionSampleAlreadyDrawn extends Conflict {
  constructor(batchId: string) {
    super('INSPECTION_BATCH.ALREADY_DRAWN', `the sample of batch ${batchId} is drawn already`);
  }
}

export class InspectionSampleNotDrawn extends RuleBroken {
  constructor(batchId: string) {
    super('INSPECTION_BATCH.NOT_DRAWN', `the sample of batch ${batchId} is not drawn yet`);
  }
}

export class SocietyAlreadyInSample extends Conflict {
  constructor(societyId: string) {
    super(
      'INSPECTION_BATCH.ALREADY_IN_SAMPLE',
      `society ${societyId} is in the sample already`,
      'societyId',
    );
  }
}

export class InspectionsStillOpen extends RuleBroken {
  constructor(batchId: string) {
    super(
      'INSPECTION_BATCH.INSPECTIONS_OPEN',
      `batch ${batchId} has societies whose inspection is not closed`,
    );
  }
}

export class DrawSeedInvalid extends InvalidInput {
  constructor() {
    super('seed', 'INSPECTION_BATCH.SEED_INVALID', 'seed must be 16 hexadecimal digits');
  }
}

export class SampleLargerThanPopulation extends InvalidInput {
  constructor(size: number, population: number) {
    super(
      'sampleSize',
      'INSPECTION_BATCH.SAMPLE_TOO_LARGE',
      `cannot draw ${size} societies from a population of ${population}`,
    );
  }
}
