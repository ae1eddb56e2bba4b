import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { ApiJson, ApiProblems } from '../common/api-responses.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok'], enumName: 'HealthStatus' })
  status: 'ok';

  @ApiProperty({ enum: ['up'], enumName: 'DatabaseStatus' })
  database: 'up';

  @ApiProperty({ example: 'better-sqlite3' })
  databaseType: string;
}

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness and database reachability' })
  @ApiJson(200, HealthDto, 'The service and its database answer')
  @ApiProblems(503)
  async check(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('The database is unreachable.');
    }
    return { status: 'ok', database: 'up', databaseType: this.dataSource.options.type };
  }
}
