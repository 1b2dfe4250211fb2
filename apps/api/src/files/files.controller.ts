import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { NotFound } from '@pb/domain';
import { Runtime } from '@pb/platform';
import { EVIDENCE_MEDIA_TYPES, FileStore, inlineDisposition, SHA256_PATTERN } from '@pb/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiProblems } from '../http/api-problems';
import { RequestInvalid } from '../http/request-invalid';
import { FileReaders } from './file-readers';
import { StoredFileResponse } from './file.response.dto';
import { uploadedFile } from './uploaded-file';

/** The same answer for a file that is not there and one the caller may not read. */
class FileNotFound extends NotFound {
  constructor() {
    super('FILE.NOT_FOUND', 'no file you may read has this SHA-256');
  }
}

@ApiTags('files 佐证材料')
@ApiGuarded()
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FileStore,
    private readonly readers: FileReaders,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  @Allow('auditor', 'liaison', 'society')
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '上传佐证材料: upload a photo (JPEG, PNG, HEIC) or a PDF',
    description:
      'multipart/form-data with one part `file`, at most EVIDENCE_MAX_BYTES (20 MiB unless configured). The type is read from the bytes, not the name. Kept once by its SHA-256: the same bytes again store nothing new. Name the answer in a record (`evidence: [{sha256}]`) to attach it.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The photo or PDF' } },
    },
  })
  @ApiCreatedResponse({ type: StoredFileResponse, description: 'The file as records name it' })
  @ApiProblems({
    400: 'REQUEST.INVALID at field `file`: no file part, or a body that is not multipart',
    413: 'FILE.TOO_LARGE: more than EVIDENCE_MAX_BYTES',
    415: true,
  })
  async upload(
    @Req() request: FastifyRequest,
    @Caller() caller: Principal,
  ): Promise<StoredFileResponse> {
    const maxBytes = this.runtime.config.evidenceMaxBytes;
    const file = await uploadedFile(request, maxBytes);
    return this.files.put(file.stream, { name: file.name, uploadedBy: caller.sub }, maxBytes);
  }

  @Allow('auditor', 'liaison', 'society')
  @Get(':sha256')
  @ApiOperation({
    summary: '下载佐证材料: the bytes of a file',
    description:
      'Only to whoever may read a record naming it, its uploader, admin and auditor; anyone else gets 404, as for a file that does not exist.',
  })
  @ApiParam({ name: 'sha256', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({
    description: 'The bytes, with Content-Type, Content-Length, Content-Disposition and ETag',
    content: Object.fromEntries(
      EVIDENCE_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiProblems({
    400: 'REQUEST.INVALID at `sha256`: not 64 lowercase hex digits',
    404: 'FILE.NOT_FOUND: no such file, or not one you may read',
  })
  async download(
    @Param('sha256') sha256: string,
    @Caller() caller: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!SHA256_PATTERN.test(sha256))
      throw new RequestInvalid([
        { field: 'sha256', rule: 'pattern', message: 'sha256 must be 64 lowercase hex digits' },
      ]);
    if (!(await this.readers.mayRead(caller, sha256))) throw new FileNotFound();
    const file = await this.files.describe(sha256);
    const bytes = file && (await this.files.open(sha256));
    if (!file || !bytes) throw new FileNotFound();
    void reply.header('Content-Type', file.mediaType);
    void reply.header('Content-Length', String(file.size));
    void reply.header('Content-Disposition', inlineDisposition(file.name));
    // The bytes under a hash never change: the hash is a strong validator for ever.
    void reply.header('ETag', `"${sha256}"`);
    void reply.header('Cache-Control', 'private, max-age=31536000, immutable');
    void reply.header('X-Content-Type-Options', 'nosniff');
    return bytes;
  }
}
