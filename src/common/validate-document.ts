import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldError } from './problem-details.js';
import { flattenValidationErrors } from './validation.js';

export interface ValidateDocumentOptions {
  /** Unknown fields are errors (true, as for every request body) or silently dropped (false). */
  forbidUnknown?: boolean;
  /** Prepended to every field path, e.g. `fac.data.3`. */
  path?: string;
}

/**
 * Validates a plain value against a DTO class outside the request pipeline, with the same
 * rules and error paths as the global ValidationPipe (`facilities.3.power.upsRedundancy`).
 * For bodies that are checked as a whole, together with rules that span records.
 */
export async function validateDocument<T extends object>(
  type: new () => T,
  plain: unknown,
  options: ValidateDocumentOptions = {},
): Promise<{ value: T; errors: FieldError[] }> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { value: undefined as never, errors: [{ field: options.path || 'body', message: 'must be a JSON object' }] };
  }
  const value = plainToInstance(type, plain, { enableImplicitConversion: false }) as T;
  const errors = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: options.forbidUnknown ?? true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  return { value, errors: flattenValidationErrors(errors, options.path ?? '') };
}
