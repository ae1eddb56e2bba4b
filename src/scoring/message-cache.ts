/**
 * Memoised finding messages that embed one number. Turning a fractional number into text
 * (99.99, 8.76) costs more than all the scoring logic of a rule, and real data repeats the
 * same few values (99.99 % SLAs, 27 C maxima), so each message is built once per distinct
 * value. The cache stops growing at `limit` entries; after that, messages are built as before.
 */
export class MessageCache {
  private readonly messages = new Map<number, string>();

  constructor(
    private readonly build: (value: number) => string,
    private readonly limit = 256,
  ) {}

  get(value: number): string {
    let message = this.messages.get(value);
    if (message === undefined) {
      message = this.build(value);
      if (this.messages.size < this.limit) this.messages.set(value, message);
    }
    return message;
  }
}
