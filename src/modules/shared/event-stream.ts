// An async iterator fed by pushes, for subscriptions: events queue until read, `end()` completes
// it (or fails it with an error), and a consumer's `return()` (a client that went away) ends it
// at once even while it waits for the next event. `onEnd` runs once, however it ends.
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void } | undefined;
  private ended = false;
  private failure: Error | undefined;

  constructor(private readonly onEnd: () => void) {}

  push(event: T): void {
    if (this.ended) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting.resolve({ value: event, done: false });
    else this.queued.push(event);
  }

  end(error?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    this.onEnd();
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting) return;
    if (error) waiting.reject(error);
    else waiting.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift() as T, done: false });
    if (this.ended) {
      const failure = this.failure;
      this.failure = undefined;
      return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.queued.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
