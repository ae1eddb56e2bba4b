import { describe, expect, it } from 'vitest';
import { MessageCache } from '../../../src/scoring/message-cache.js';

describe('MessageCache', () => {
  it('builds each message once per value and keeps returning the same text', () => {
    let built = 0;
    const cache = new MessageCache((value) => {
      built++;
      return `value ${value}`;
    });
    expect(cache.get(99.99)).toBe('value 99.99');
    expect(cache.get(99.99)).toBe('value 99.99');
    expect(cache.get(27)).toBe('value 27');
    expect(built).toBe(2);
  });

  it('stops growing at its limit but still answers correctly', () => {
    let built = 0;
    const cache = new MessageCache((value) => {
      built++;
      return `v${value}`;
    }, 2);
    for (const value of [1, 2, 3, 3, 1]) expect(cache.get(value)).toBe(`v${value}`);
    expect(built).toBe(4); // 1 and 2 cached; 3 built twice
  });
});
