import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOmittable } from '../../common/optional.js';
import { IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

export class CreateProviderDto {
  @ApiProperty({ example: 'Northwind Colocation', maxLength: 200, description: 'Unique, case-insensitively' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'https://northwind-colo.example', nullable: true, maxLength: 2048 })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2048)
  website?: string | null;

  @ApiPropertyOptional({ type: String, example: 'US', description: 'ISO 3166-1 alpha-2', nullable: true })
  @IsOptional()
  @IsISO31661Alpha2()
  headquartersCountry?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Contract renewal due 2027.', nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}

export class UpdateProviderDto extends PartialType(OmitType(CreateProviderDto, ['name'] as const)) {
  @ApiPropertyOptional({ example: 'Northwind Colocation', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class ProviderDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Northwind Colocation' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'https://northwind-colo.example' })
  website: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'US' })
  headquartersCountry: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1234, description: 'PeeringDB org id when imported from PeeringDB (read-only)' })
  peeringdbId: number | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Bumped on every change' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ProviderPageDto {
  @ApiProperty({ type: [ProviderDto] })
  items: ProviderDto[];

  @ApiProperty({ type: 'integer', description: 'Rows matching the filters, across all pages' })
  total: number;

  @ApiPropertyOptional({ description: 'Pass as `cursor` to get the next page; absent on the last page' })
  nextCursor?: string;
}
