import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { ValidationProblem } from './problem-details.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Rejects malformed ids before they reach the database, naming the parameter. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw new ValidationProblem([{ field, message: `${field} must be a UUID` }]);
    }
    return value.toLowerCase();
  }
}
