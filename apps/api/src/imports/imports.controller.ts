import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { Ctx } from '../http/command-headers';
import { RequestInvalid } from '../http/request-invalid';
import { uuidParam } from '../http/uuid-param';
import { ArrangementImport } from './arrangement-import';
import { arrangementTemplateXlsx, parseArrangementTable, TableUnreadable } from './table';
import { Allow } from '../auth/allow.decorator';
import { ApiCommandProblems, ApiGuarded } from '../http/api-problems';
import { ImportReportAnswer } from './import-report.response.dto';

export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports 宣讲安排表导入')
@ApiGuarded()
@Controller()
export class ImportsController {
  constructor(private readonly importer: ArrangementImport) {}

  @Post('campaigns/:id/imports')
  @ApiCommandProblems({
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'CAMPAIGN.CLOSED',
    tooLarge: 'REQUEST.TOO_LARGE: a file over 5 MiB',
  })
  @HttpCode(200)
  @ApiOperation({
    summary: '导入宣讲安排表: upload the arrangement table (XLSX, or CSV in UTF-8 or GB18030)',
    description:
      'Columns 序号, 委员姓名, 委员职务, 学会名称, 学会类型, 统一社会信用代码. Members are matched by exact name among active members, societies by credit code, else by exact name; missing ones are registered. A changed liaison moves the society (reason 导入更新); assignments missing from the file are listed, not withdrawn. The same file again changes nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({
    type: ImportReportAnswer,
    description:
      'The import report: counts, rows rejected and why, assignments missing from the file',
  })
  async upload(
    @Param('id', uuidParam()) campaignId: string,
    @Req() request: FastifyRequest,
    @Ctx() context: CommandContext,
  ): Promise<ImportReportAnswer> {
    const file = await readUpload(request);
    try {
      return await this.importer.apply(campaignId, await parseArrangementTable(file), context);
    } catch (error) {
      if (error instanceof TableUnreadable)
        throw new RequestInvalid([{ field: 'file', rule: error.code, message: error.message }]);
      throw error;
    }
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('imports/arrangement-template.xlsx')
  @ApiOperation({ summary: '下载宣讲安排表模板: the arrangement table template' })
  @ApiOkResponse({
    description: 'The template workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async template(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('Content-Type', XLSX);
    void reply.header(
      'Content-Disposition',
      `attachment; filename="arrangement-template.xlsx"; filename*=UTF-8''${encodeURIComponent('宣讲安排表模板.xlsx')}`,
    );
    return arrangementTemplateXlsx();
  }
}

/** The one file of a multipart upload, as a Buffer, within the upload limit. */
async function readUpload(request: FastifyRequest): Promise<Buffer> {
  const multipart = request as FastifyRequest & {
    isMultipart?: () => boolean;
    file?: () => Promise<{ toBuffer(): Promise<Buffer> } | undefined>;
  };
  if (!multipart.isMultipart?.() || !multipart.file)
    throw new RequestInvalid([
      {
        field: 'file',
        rule: 'multipart',
        message: 'send the table as multipart/form-data in a field named "file"',
      },
    ]);
  try {
    const part = await multipart.file();
    if (!part)
      throw new RequestInvalid([
        { field: 'file', rule: 'required', message: 'the upload holds no file' },
      ]);
    return await part.toBuffer();
  } catch (error) {
    if (error instanceof RequestInvalid || (error as { statusCode?: number }).statusCode === 413)
      throw error;
    // A multipart body that busboy cannot read: no boundary, a part cut short, too many fields.
    throw new RequestInvalid([
      {
        field: 'file',
        rule: 'multipart',
        message: `the multipart upload cannot be read: ${(error as Error).message}`,
      },
    ]);
  }
}
