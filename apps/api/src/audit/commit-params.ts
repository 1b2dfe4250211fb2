import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestInvalid } from '../http/request-invalid';

/** Digits as [0-9], not \d: tools reading the OpenAPI pattern may take \d for any Unicode digit. */
export const STREAM_ID = /^[a-z-]+-[0-9a-zA-Z-]{1,100}$/;
const LAST_SEQ = 2_147_483_647;

/** A path stream id such as `lecture-<uuid>`: 400 naming `streamId` otherwise. */
export class StreamIdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (STREAM_ID.test(value)) return value;
    throw new RequestInvalid([
      { field: 'streamId', rule: 'matches', message: 'streamId must look like <type>-<id>' },
    ]);
  }
}

/** A path seq: a whole number from 1, the commit's place in its stream. */
export class SeqParam implements PipeTransform<string, number> {
  transform(value: string): number {
    const seq = /^[0-9]{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (seq >= 1 && seq <= LAST_SEQ) return seq;
    throw new RequestInvalid([
      { field: 'seq', rule: 'isInt', message: `seq must be a whole number from 1 to ${LAST_SEQ}` },
    ]);
  }
}

/** Documents `{streamId}` and `{seq}` of a commit's path. */
export const ApiCommitParams = () =>
  applyDecorators(
    ApiParam({
      name: 'streamId',
      description: 'The stream (record), `<type>-<id>`',
      schema: {
        type: 'string',
        pattern: STREAM_ID.source,
        example: 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10',
      },
    }),
    ApiParam({
      name: 'seq',
      description: "The commit's place in its stream, from 1",
      schema: { type: 'integer', minimum: 1, maximum: LAST_SEQ, example: 1 },
    }),
  );
