import { ApiProperty } from '@nestjs/swagger';
import { ComplianceReportDto } from './compliance-report.dto.js';

export class FacilityComplianceReportsDto {
  @ApiProperty({ type: [ComplianceReportDto], description: 'Newest period end first' })
  items: ComplianceReportDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}
