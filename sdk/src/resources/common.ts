import type { operations } from '../schema.js';

/** The query parameters of an operation, by operationId (all optional for list operations). */
export type QueryOf<OperationId extends keyof operations> = NonNullable<
  operations[OperationId]['parameters']['query']
>;

/** A list query without the cursor, which `list()` manages itself. */
export type ListQuery<OperationId extends keyof operations> = Omit<QueryOf<OperationId>, 'cursor'>;
