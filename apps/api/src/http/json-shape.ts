import type { FastifyInstance } from 'fastify';
import { RequestInvalid } from './request-invalid';

/** Deeper than any body of ours; a deeper one is an attack on the validators' recursion. */
export const MAX_BODY_DEPTH = 32;

/**
 * Refuses, before validation, JSON bodies nested deeper than MAX_BODY_DEPTH and null
 * values: an optional field is left out, never sent as null (class-validator's
 * @IsOptional would let null through to code that expects a value). A refusal is a
 * RequestInvalid, which the problem filter answers.
 */
export function installJsonShapeCheck(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => checkShape(request.body));
}

function checkShape(body: unknown): void {
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return;
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: body, path: '', depth: 1 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH)
      throw new RequestInvalid([
        {
          field: path || 'body',
          rule: 'maxDepth',
          message: `the body is nested deeper than ${MAX_BODY_DEPTH} levels`,
        },
      ]);
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = Array.isArray(value)
        ? `${path}[${key}]`
        : path
          ? `${path}.${key || '(empty key)'}`
          : key || '(empty key)';
      if (child === null)
        throw new RequestInvalid([
          {
            field: childPath,
            rule: 'notNull',
            message: `${childPath} must not be null: leave an optional field out instead`,
          },
        ]);
      if (typeof child === 'object')
        stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}
