/** First come, first served; `held` lets a caller skip the queue when nobody holds it. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();
  #held = false;

  get held(): boolean {
    return this.#held;
  }

  async acquire(): Promise<() => void> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((resolve) => (release = resolve));
    await previous;
    this.#held = true;
    return () => {
      this.#held = false;
      release();
    };
  }
}
