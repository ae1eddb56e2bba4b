import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NAME_SORTS, type NameSort, PageQuery } from '../../common/pagination.js';

export class ListProvidersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: NAME_SORTS, enumName: 'NameSort', default: 'name' })
  @IsOptional()
  @IsIn(NAME_SORTS)
  sort?: NameSort;
}
