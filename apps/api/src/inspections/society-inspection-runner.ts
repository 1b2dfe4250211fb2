import { Injectable } from '@nestjs/common';
import {
  InspectionBatchNotFound,
  societyInspectionDecider,
  type SocietyInspectionCommand,
} from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { CommandRunner } from '../application/command-runner';
import { derivedId } from '../application/derived-id';
import { Facts } from '../application/facts';

/** Which society's inspection in which batch a command is about: its stream follows from both. */
export interface InspectionCase {
  readonly batchId: string;
  readonly societyId: string;
}

/** A command of a society's inspection as a route names it: by batch and society, not by stream. */
export type InspectionCaseCommand = SocietyInspectionCommand extends infer C
  ? C extends SocietyInspectionCommand
    ? Omit<C, 'inspectionId'> & InspectionCase
    : never
  : never;

/**
 * Runs a command of one society's inspection in a batch: refuses a batch that does not exist
 * (404, where the inspection alone would only say "not visited"), and finds the stream from
 * the batch and the society (`derivedId`).
 */
@Injectable()
export class SocietyInspectionRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: Facts,
  ) {}

  async run(
    command: InspectionCaseCommand,
    context: CommandContext,
    occurredAt?: string,
  ): Promise<CommandOutcome> {
    if ((await this.facts.inspectorsOf(command.batchId)) === null)
      throw new InspectionBatchNotFound(command.batchId);
    const inspectionId = derivedId(command.batchId, command.societyId);
    return this.runner.run(
      {
        streamType: 'inspection-case',
        id: inspectionId,
        decider: societyInspectionDecider,
        command: { ...command, inspectionId } as SocietyInspectionCommand,
        occurredAt,
      },
      context,
    );
  }
}
