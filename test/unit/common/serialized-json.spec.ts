import { describe, expect, it } from 'vitest';
import { SerializedJson, serializedPage, serializeReply } from '../../../src/common/serialized-json.js';

describe('SerializedJson', () => {
  it('is sent as its text, and serializes to the same JSON anywhere else (e.g. a stored idempotent response)', () => {
    const body = new SerializedJson<{ id: string; version: number }>('{"id":"a","version":3}', 3);
    expect(serializeReply(body)).toBe('{"id":"a","version":3}');
    expect(JSON.stringify({ stored: body })).toBe('{"stored":{"id":"a","version":3}}');
    expect(serializeReply({ plain: true })).toBe('{"plain":true}');
  });

  it('assembles a page exactly as JSON.stringify writes the same page of objects', () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 'x"y' }];
    for (const page of [{ items, total: 7, nextCursor: 'c1' }, { items, total: 2 }, { items: [], total: 0 }]) {
      const serialized = serializedPage({ ...page, items: page.items.map((i) => new SerializedJson(JSON.stringify(i))) });
      expect(serialized.text).toBe(JSON.stringify(page));
      expect(serialized.version).toBeUndefined(); // a page is not one record: no ETag
    }
  });
});
