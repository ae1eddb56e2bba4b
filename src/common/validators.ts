import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsISO8601, IsObject, Matches, ValidateNested } from 'class-validator';

/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export function IsIsoDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} must be a real calendar date` }),
  );
}

/** ISO 4217 currency code: three upper-case letters. */
export function IsCurrencyCode(): PropertyDecorator {
  return Matches(/^[A-Z]{3}$/, { message: ({ property }) => `${property} must be an ISO 4217 code such as USD` });
}

/** A nested object validated against its DTO class (arrays and primitives are rejected). */
export function ValidateNestedObject(type: new () => object): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(() => type));
}

/**
 * UUID lists compare case-insensitively: lower-cased before validation, so `ArrayUnique` sees
 * `[id, ID]` as the duplicate it is.
 */
export function LowercaseIds(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : value,
  );
}
