// Restarts of the server, one at a time and coalesced. Granting workspace trust both fires the
// trust event and changes the machine-scoped settings, a few milliseconds apart, and each asks for
// a restart: run as they came, they started two servers (two "command 'factlint.reindex' already
// exists" errors), and run one after the other, two in a row. Here a restart waits a short settle
// window before it runs, and every request made before it runs joins it; one asked for while a
// restart runs waits for it and runs once, after, with the newest settings.

export class SerialRestarts {
  private tail: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | undefined;

  /** @param settleMs how long a restart waits for others to join it (the trust grant's two events are ~15 ms apart). */
  constructor(private readonly restart: () => Promise<void>, private readonly settleMs = 150) {}

  request(): Promise<void> {
    if (this.waiting) {
      return this.waiting;
    }

    const next = this.tail.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, this.settleMs));
      this.waiting = undefined;
      await this.restart();
    });
    this.waiting = next;
    this.tail = next.catch(() => undefined);
    return next;
  }
}
