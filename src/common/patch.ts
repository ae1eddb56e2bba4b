/**
 * PATCH semantics: a field that is absent keeps its value, `null` clears it, anything else
 * replaces it. Returns a new object without the cleared fields.
 */
export function mergePatch<T extends object>(current: T | null | undefined, patch: Partial<Record<keyof T, unknown>>): T {
  const merged: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged as T;
}

/** Copies only the fields the client sent, turning `undefined` into "keep" and `null` into "clear". */
export function applyScalarPatch<T extends object>(target: T, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}
