import type { CarrierEntity } from './carrier.entity.js';
import type { CarrierDto } from './dto/carrier.dto.js';

export function toCarrierDto(entity: CarrierEntity): CarrierDto {
  return {
    id: entity.id,
    name: entity.name,
    website: entity.website,
    peeringdbId: entity.peeringdbId ?? null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
