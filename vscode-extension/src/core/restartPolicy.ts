// When the server crashes, restart it after a growing pause, and give up after too many crashes
// in a short time (a server that crashes at start would otherwise loop forever).

export interface RestartDecision {
  restart: boolean;
  delayMs: number;
  message: string;
}

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxCrashes = 5,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly baseDelayMs = 1000,
  ) {}

  onCrash(now: number): RestartDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    const n = this.crashes.length;
    if (n > this.maxCrashes) {
      return {
        restart: false,
        delayMs: 0,
        message: `The FactLint server stopped ${n} times in ${Math.round(this.windowMs / 60000)} minutes and will not be restarted. See "FactLint: Show Output", then run "FactLint: Restart Server".`,
      };
    }

    const delayMs = this.baseDelayMs * 2 ** (n - 1);
    return { restart: true, delayMs, message: `The FactLint server stopped unexpectedly; restarting it in ${delayMs / 1000} s (attempt ${n} of ${this.maxCrashes}).` };
  }

  reset(): void {
    this.crashes = [];
  }
}
