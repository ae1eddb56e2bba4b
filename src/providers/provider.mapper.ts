import type { ProviderDto } from './dto/provider.dto.js';
import type { ProviderEntity } from './provider.entity.js';

export function toProviderDto(entity: ProviderEntity): ProviderDto {
  return {
    id: entity.id,
    name: entity.name,
    website: entity.website,
    headquartersCountry: entity.headquartersCountry,
    notes: entity.notes,
    peeringdbId: entity.peeringdbId ?? null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
