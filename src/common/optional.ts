import { ValidateIf } from 'class-validator';

/**
 * For PATCH bodies: the field may be left out, but when sent it is validated, so `null` is
 * rejected for fields that cannot be cleared (unlike `@IsOptional`, which lets null through).
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
