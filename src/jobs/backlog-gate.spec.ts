import { BacklogGate, gateOpenAfter } from './backlog-gate.js';

describe('gateOpenAfter', () => {
  const thresholds = { open: 1000, close: 100 };

  it('opens when the jobs waiting reach the open mark, not before', () => {
    expect(gateOpenAfter(false, 999, thresholds)).toBe(false);
    expect(gateOpenAfter(false, 1000, thresholds)).toBe(true);
  });

  it('stays open between the marks and closes at the close mark', () => {
    expect(gateOpenAfter(true, 500, thresholds)).toBe(true);
    expect(gateOpenAfter(true, 101, thresholds)).toBe(true);
    expect(gateOpenAfter(true, 100, thresholds)).toBe(false);
  });

  it('a closed gate stays closed between the marks', () => {
    expect(gateOpenAfter(false, 500, thresholds)).toBe(false);
  });
});

describe('BacklogGate', () => {
  it('reports each change once, with the count that caused it, and holds still when the count cannot be read', async () => {
    const counts: Array<number | Error> = [10, 1200, 900, 400, new Error('redis away'), 50, 60];
    const changes: Array<[boolean, number]> = [];
    const gate = new BacklogGate({
      thresholds: { open: 1000, close: 100 },
      pollMs: 1000,
      waiting: async () => {
        const next = counts.shift()!;
        if (next instanceof Error) throw next;
        return next;
      },
      onChange: (open, waiting) => changes.push([open, waiting]),
    });
    for (let i = 0; i < 7; i++) await gate.poll();
    expect(changes).toEqual([[true, 1200], [false, 50]]);
    expect(gate.isOpen).toBe(false);
  });
});
