import {
  CATEGORY_NAMES,
  type CategoryWeights,
  type ProfilePreset,
  type RequirementProfile,
  type Requirements,
} from '../scoring/index.js';
import type { ProfileBodyDto } from './dto/profile-parts.dto.js';
import type { ProfileDto } from './dto/profile.dto.js';
import type { ProfileEntity } from './profile.entity.js';

/** All eight categories, absent ones as 0, so a saved profile reads back complete. */
export function completeWeights(weights: Partial<CategoryWeights> | undefined): CategoryWeights {
  const complete = {} as CategoryWeights;
  for (const category of CATEGORY_NAMES) complete[category] = weights?.[category] ?? 0;
  return complete;
}

/** Normalises what a client sent (upper-case country codes) into the core's profile shape. */
export function toRequirementProfile(id: string, name: string, body: ProfileBodyDto): RequirementProfile {
  const requirements: Requirements = { ...(body.requirements ?? {}) };
  if (requirements.countries) requirements.countries = requirements.countries.map((c) => c.toUpperCase());
  return {
    id,
    name,
    weights: completeWeights(body.weights),
    requirements,
    ...(body.footprint && { footprint: body.footprint }),
    ...(body.budget && { budget: body.budget }),
  };
}

export function entityToProfile(entity: ProfileEntity): RequirementProfile {
  return {
    id: entity.id,
    name: entity.name,
    ...(entity.description !== null && { description: entity.description }),
    weights: completeWeights(entity.weights),
    requirements: entity.requirements,
    ...(entity.footprint && { footprint: entity.footprint }),
    ...(entity.budget && { budget: entity.budget }),
  };
}

export function toProfileDto(entity: ProfileEntity): ProfileDto {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    preset: false,
    weights: completeWeights(entity.weights),
    requirements: entity.requirements,
    footprint: entity.footprint,
    budget: entity.budget,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function presetToDto(preset: ProfilePreset): ProfileDto {
  return {
    id: preset.id,
    name: preset.name,
    description: preset.description,
    preset: true,
    weights: completeWeights(preset.weights),
    requirements: preset.requirements ?? {},
    footprint: preset.footprint ?? null,
    budget: preset.budget ?? null,
    version: 1,
    createdAt: null,
    updatedAt: null,
  };
}
