import { randomBytes } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { inspectionBatchDecider, parsePopulationCriterion, RuleBroken } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { Facts } from '../../application/facts';
import { SocietyRegister } from '../society-register';
import { DrawInspectionSampleCommand } from './draw-inspection-sample.command';

/** 8 random bytes as 16 hex digits: docs/inspection-draw.md, "What the record proves". */
const SEED_BYTES = 8;

@CommandHandler(DrawInspectionSampleCommand)
export class DrawInspectionSampleHandler implements ICommandHandler<DrawInspectionSampleCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
    private readonly register: SocietyRegister,
  ) {}

  async execute({ payload, context }: DrawInspectionSampleCommand): Promise<CommandOutcome> {
    const batch = await this.facts.inspectionBatch(payload.batchId);
    // Only a planned batch draws; the decider refuses any other without a scan of the store.
    const population =
      batch.status === 'planned' ? await this.populationOf(batch.populationCriterion) : [];
    return this.runner.run(
      {
        streamType: 'inspection-batch',
        id: payload.batchId,
        decider: inspectionBatchDecider,
        command: {
          type: 'DrawInspectionSample',
          ...payload,
          population,
          // From the server's cryptographic source at the moment of the draw, never from the caller.
          seed: randomBytes(SEED_BYTES).toString('hex'),
        },
      },
      context,
    );
  }

  /** The population the batch's criterion admits, in the stated order. */
  private async populationOf(recorded: string): Promise<string[]> {
    const criterion = parsePopulationCriterion(recorded);
    if (criterion === null)
      throw new RuleBroken(
        'INSPECTION_BATCH.CRITERION_UNKNOWN',
        'the batch states its population in words the draw cannot apply',
      );
    const population = await this.register.population(criterion);
    if (population.length === 0)
      throw new RuleBroken(
        'INSPECTION_BATCH.POPULATION_EMPTY',
        "no registered society matches the batch's population",
      );
    return population;
  }
}
