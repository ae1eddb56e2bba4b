import { ProblemException } from './problem-details.js';

/** 503 with Retry-After: the work is refused now, not failed; a retry shortly will do. */
export class ServiceBusyProblem extends ProblemException {
  constructor(detail: string) {
    super(503, 'busy', 'Service busy', detail);
    this.retryAfterSeconds = 1;
  }
}

/** For the request log: the client closed the connection while its request waited (nginx's 499). */
export class ClientGoneProblem extends ProblemException {
  constructor() {
    super(499, 'client-closed-request', 'Client closed request', 'The client closed the connection before its request had a turn.');
  }
}

/**
 * Runs at most `slots` tasks at once, lets up to `maxWaiting` more wait their turn in order,
 * and refuses the rest with 503. For requests whose memory grows with the data (a ranking of
 * 10,000 facilities holds tens of MB while it runs): it keeps an instance's memory bounded
 * however many of them arrive together, so a heap cap stays safe (BENCHMARKS.md). Tasks only
 * overlap while they await I/O, i.e. on PostgreSQL: SQLite's driver is synchronous, so there a
 * ranking runs from start to end without yielding and rankings are one at a time anyway.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
    private readonly what: string,
  ) {}

  /** `clientGone`: checked when the turn comes, so work nobody waits for any more is skipped. */
  async run<T>(task: () => Promise<T>, clientGone: () => boolean = () => false): Promise<T> {
    if (this.running < this.slots) {
      this.running++;
    } else if (this.waiting.length < this.maxWaiting) {
      // The finishing task hands its slot over: `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      throw new ServiceBusyProblem(`${this.slots} ${this.what} are running and ${this.waiting.length} waiting; retry in a moment.`);
    }
    try {
      if (clientGone()) throw new ClientGoneProblem();
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
