import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class CascadeQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Also delete dependent records' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  cascade?: boolean;
}
