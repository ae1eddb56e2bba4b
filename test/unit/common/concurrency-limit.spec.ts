import { describe, expect, it } from 'vitest';
import { ClientGoneProblem, ConcurrencyLimit, ServiceBusyProblem } from '../../../src/common/concurrency-limit.js';

/** A task that runs until `finish` is called (or fails with `fail`). */
function pending<T>(value: T) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    finish = () => resolve(value);
    fail = reject;
  });
  return { task: () => promise, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most `slots` tasks at once and starts the waiting ones in order', async () => {
    const limit = new ConcurrencyLimit(2, 10, 'rankings');
    const started: number[] = [];
    const tasks = [0, 1, 2, 3].map((i) => pending(i));
    const results = tasks.map((t, i) =>
      limit.run(() => {
        started.push(i);
        return t.task();
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    tasks[1].finish();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    tasks[0].finish();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    tasks[2].finish();
    tasks[3].finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
  });

  it('refuses with 503 beyond the waiting room, and takes work again once a slot is free', async () => {
    const limit = new ConcurrencyLimit(1, 1, 'rankings');
    const first = pending('first');
    const second = pending('second');
    const running = limit.run(first.task);
    const waiting = limit.run(second.task);
    const refused = limit.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(ServiceBusyProblem);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 1 });
    first.finish();
    second.finish();
    expect([await running, await waiting]).toEqual(['first', 'second']);
    expect(await limit.run(async () => 'again')).toBe('again');
  });

  it('frees the slot of a task that fails', async () => {
    const limit = new ConcurrencyLimit(1, 0, 'rankings');
    const failing = pending('x');
    const run = limit.run(failing.task);
    failing.fail(new Error('boom'));
    await expect(run).rejects.toThrow('boom');
    expect(await limit.run(async () => 'next')).toBe('next');
  });

  it('skips the work of a client that went away while it waited, and hands the slot on', async () => {
    const limit = new ConcurrencyLimit(1, 2, 'rankings');
    const first = pending('first');
    const running = limit.run(first.task);
    let ran = false;
    const abandoned = limit.run(async () => (ran = true), () => true);
    const next = limit.run(async () => 'next');
    first.finish();
    await expect(abandoned).rejects.toBeInstanceOf(ClientGoneProblem);
    expect(ran).toBe(false);
    expect([await running, await next]).toEqual(['first', 'next']);
  });
});
