import type { FastifyRequest } from 'fastify';
import { FileTooLarge } from '@pb/storage';
import { RequestInvalid } from '../http/request-invalid';

interface MultipartFile {
  readonly filename: string;
  readonly file: AsyncIterable<Uint8Array> & { truncated?: boolean };
}

/** What @fastify/multipart adds to a request; typed here since Nest's request type lacks it. */
type MultipartRequest = FastifyRequest & {
  isMultipart?: () => boolean;
  file?: (options: {
    limits: { fileSize: number; files: number };
    throwFileSizeLimit: boolean;
  }) => Promise<MultipartFile | undefined>;
};

const NO_FILE = 'send the file as multipart/form-data in a part named "file"';

/**
 * The one file part of an upload, streamed: busboy stops at `maxBytes` (one byte past it
 * says the file is too large), so nothing past the limit is read.
 */
export async function uploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ name: string; stream: AsyncIterable<Uint8Array> }> {
  const multipart = request as MultipartRequest;
  if (!multipart.isMultipart?.() || !multipart.file)
    throw new RequestInvalid([{ field: 'file', rule: 'multipart', message: NO_FILE }]);
  let part: MultipartFile | undefined;
  try {
    part = await multipart.file({
      limits: { fileSize: maxBytes, files: 1 },
      throwFileSizeLimit: true,
    });
  } catch (error) {
    throw unreadable(error);
  }
  if (!part) throw new RequestInvalid([{ field: 'file', rule: 'required', message: NO_FILE }]);
  return { name: part.filename, stream: limited(part.file, maxBytes) };
}

/** The upload's own fault: a body that is not the multipart it says it is. */
function unreadable(error: unknown): RequestInvalid {
  return new RequestInvalid([
    {
      field: 'file',
      rule: 'multipart',
      message: `the upload cannot be read: ${(error as Error).message}`,
    },
  ]);
}

/**
 * busboy stops at the limit and marks the stream truncated (or, asked to, throws): either
 * way the file store's answer, 413 FILE.TOO_LARGE, never a file cut short. Any other failure
 * while reading the part is the request's (e.g. more text parts than an upload takes close
 * the stream early): 400 at `file`, never a 500.
 */
async function* limited(
  stream: MultipartFile['file'],
  maxBytes: number,
): AsyncIterable<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new FileTooLarge(maxBytes);
    throw unreadable(error);
  }
  if (stream.truncated) throw new FileTooLarge(maxBytes);
}
