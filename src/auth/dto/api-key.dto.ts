import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { type Role, ROLES } from '../roles.decorator.js';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'nightly importer', maxLength: 100, description: 'What the key is for; shown in listings' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({
    enum: ROLES,
    enumName: 'ApiKeyRole',
    description: '`reader`: reads (and rankings); `editor`: also writes; `admin`: also manages keys',
  })
  @IsIn(ROLES)
  role: Role;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'nightly importer' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'ApiKeyRole' })
  role: Role;

  @ApiProperty({ example: 'dcs_Qm3x', description: 'The first characters of the key, to tell keys apart' })
  prefix: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Updated at most once a minute' })
  lastUsedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    example: 'dcs_Qm3xVb7T1oK2c9WfYhZp4uEaLr0sNdGj8iXyMq5tB6w',
    description: 'The key itself. Shown only in this response: only its hash is stored. Send it as `Authorization: Bearer <key>`.',
  })
  key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items: ApiKeyDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}
