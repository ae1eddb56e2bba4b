import type { ApiKeyEntity } from './api-key.entity.js';
import type { ApiKeyDto } from './dto/api-key.dto.js';

/** Never the hash: a listing shows what a person needs to recognise a key, nothing more. */
export function toApiKeyDto(entity: ApiKeyEntity): ApiKeyDto {
  return {
    id: entity.id,
    name: entity.name,
    role: entity.role,
    prefix: entity.prefix,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
  };
}
