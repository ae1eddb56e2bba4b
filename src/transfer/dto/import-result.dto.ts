import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_MODES, type ImportMode } from './import-document.dto.js';

export class ImportCountsDto {
  @ApiProperty({ type: 'integer', description: 'In the document, not in the database' })
  created: number;

  @ApiProperty({ type: 'integer', description: 'In both, with different content (gets the next version)' })
  updated: number;

  @ApiProperty({ type: 'integer', description: 'In both, with the same content (left alone)' })
  unchanged: number;

  @ApiProperty({ type: 'integer', description: 'In the database, not in the document (`mode=replace` only)' })
  deleted: number;
}

export class ImportResultDto {
  @ApiProperty({ description: 'true: nothing was written, the counts say what would change' })
  dryRun: boolean;

  @ApiProperty({ enum: IMPORT_MODES, enumName: 'ImportMode' })
  mode: ImportMode;

  @ApiProperty({ type: ImportCountsDto })
  providers: ImportCountsDto;

  @ApiProperty({ type: ImportCountsDto })
  carriers: ImportCountsDto;

  @ApiProperty({ type: ImportCountsDto })
  facilities: ImportCountsDto;

  @ApiProperty({ type: ImportCountsDto })
  complianceReports: ImportCountsDto;

  @ApiProperty({ type: ImportCountsDto })
  profiles: ImportCountsDto;
}
