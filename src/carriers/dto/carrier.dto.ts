import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsOmittable } from '../../common/optional.js';
import { NAME_SORTS, type NameSort, PageQuery } from '../../common/pagination.js';

export class CreateCarrierDto {
  @ApiProperty({ example: 'Meridian Fiber', maxLength: 200, description: 'Unique, case-insensitively' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'https://meridian-fiber.example', nullable: true, maxLength: 2048 })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2048)
  website?: string | null;
}

export class UpdateCarrierDto extends PartialType(OmitType(CreateCarrierDto, ['name'] as const)) {
  @ApiPropertyOptional({ example: 'Meridian Fiber', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class CarrierDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Meridian Fiber' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1234, description: 'PeeringDB carrier id when imported from PeeringDB (read-only)' })
  peeringdbId: number | null;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class CarrierPageDto {
  @ApiProperty({ type: [CarrierDto] })
  items: CarrierDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiPropertyOptional()
  nextCursor?: string;
}

export class ListCarriersQuery extends PageQuery {
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
