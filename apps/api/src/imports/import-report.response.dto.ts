import { ApiProperty } from '@nestjs/swagger';

class RowProblemAnswer {
  @ApiProperty({ type: 'integer', description: 'The row of the file' }) rowNumber!: number;
  @ApiProperty({ example: '统一社会信用代码', description: 'The column at fault' }) column!: string;
  @ApiProperty({ example: 'IMPORT.CREDIT_CODE_INVALID' }) code!: string;
  @ApiProperty({ description: 'In Chinese, starting with the row number' }) message!: string;
}

class MissingAssignmentAnswer {
  @ApiProperty({ format: 'uuid' }) societyId!: string;
  @ApiProperty({ type: String, nullable: true }) societyName!: string | null;
  @ApiProperty({ format: 'uuid' }) liaisonId!: string;
}

class ImportWarningAnswer {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

/** What an import did with a table, row by row. */
export class ImportReportAnswer {
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A CSV file’s text encoding' })
  encoding!: string | null;
  @ApiProperty({ type: 'integer' }) rows!: number;
  @ApiProperty({ type: 'integer' }) accepted!: number;
  @ApiProperty({ type: [RowProblemAnswer], description: 'Rows refused, and why' })
  rejected!: readonly RowProblemAnswer[];
  @ApiProperty({ type: 'integer' }) membersRegistered!: number;
  @ApiProperty({ type: 'integer' }) positionsChanged!: number;
  @ApiProperty({ type: 'integer' }) societiesRegistered!: number;
  @ApiProperty({ type: 'integer' }) assigned!: number;
  @ApiProperty({ type: 'integer' }) moved!: number;
  @ApiProperty({ type: 'integer' }) unchanged!: number;
  @ApiProperty({
    type: [MissingAssignmentAnswer],
    description: 'Assignments the file does not list: kept, not withdrawn',
  })
  missingFromFile!: readonly MissingAssignmentAnswer[];
  @ApiProperty({ type: [ImportWarningAnswer] }) warnings!: readonly ImportWarningAnswer[];
}
