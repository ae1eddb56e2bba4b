import type { Page } from './pagination.js';

/**
 * A response body that is already JSON text. A facility's representation is serialized once per
 * revision and cached (facility-reads.ts): JSON.stringify of a 50-facility page took ~0.6 ms,
 * joining the cached texts ~0.02 ms (BENCHMARKS.md). `T` records what the text decodes to, so a
 * controller still declares the DTO it answers with.
 */
export class SerializedJson<T = unknown> {
  declare private readonly decodesTo?: T;

  /** `version` is set when the body is one versioned record: it becomes the ETag. */
  constructor(
    readonly text: string,
    readonly version?: number,
  ) {}

  /** Anything that serializes it again (a stored idempotent response) gets the same JSON. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Fastify's reply serializer for every route: serialized bodies go out as they are. */
export function serializeReply(payload: unknown): string {
  return payload instanceof SerializedJson ? payload.text : JSON.stringify(payload);
}

/** A page of serialized items, in the field order a plain page serializes to (items, total, nextCursor). */
export function serializedPage<T>({ items, ...rest }: Page<SerializedJson<T>>): SerializedJson<Page<T>> {
  const after = JSON.stringify(rest).slice(1); // `"total":…}`: the page's other fields as JSON.stringify writes them
  return new SerializedJson(`{"items":[${items.map((item) => item.text).join(',')}],${after}`);
}
