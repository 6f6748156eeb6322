import { vi } from 'vitest';

/** A PerformanceObserver the test drives: `report(name)` delivers one paint entry. */
export function fakePaintTiming({ supported = true } = {}) {
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'mark'] : ['mark'];
    private readonly self: { callback: PerformanceObserverCallback; connected: boolean };
    constructor(callback: PerformanceObserverCallback) {
      this.self = { callback, connected: false };
      observers.push(this.self);
    }
    observe() {
      this.self.connected = true;
    }
    disconnect() {
      this.self.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    report(name: string) {
      const list = {
        getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []),
      } as unknown as PerformanceObserverEntryList;
      for (const o of observers.filter((x) => x.connected)) {
        o.callback(list, o as unknown as PerformanceObserver);
      }
    },
    connected: () => observers.filter((o) => o.connected).length,
  };
}
