// Restarts of the server, one at a time and coalesced. Granting workspace trust both fires the
// trust event and changes the machine-scoped settings, and each asks for a restart: run
// concurrently, the two restarts started two servers (two "command 'factlint.reindex' already
// exists" errors). Here a restart asked for while one waits to run joins it, and one asked for
// while one runs waits for it and runs once, after, with the newest settings.

export class SerialRestarts {
  private tail: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | undefined;

  constructor(private readonly restart: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.waiting) {
      return this.waiting;
    }

    const next = this.tail.then(async () => {
      this.waiting = undefined;
      await this.restart();
    });
    this.waiting = next;
    this.tail = next.catch(() => undefined);
    return next;
  }
}
