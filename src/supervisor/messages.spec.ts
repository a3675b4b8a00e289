import { isSettingsMessage, isToParent, isWakeRelayMessage } from './messages.js';

describe('IPC messages between the API and its worker children', () => {
  it('takes job timings only when every entry is a well-formed timing', () => {
    expect(isToParent({ type: 'job-timings', timings: [{ queue: 'webhooks', outcome: 'completed', seconds: 0.01 }] })).toBe(true);
    expect(isToParent({ type: 'job-timings', timings: [{ queue: 'webhooks', outcome: 'completed', seconds: 0.01 }, { queue: 'x', outcome: 'lost', seconds: 1 }] })).toBe(false);
    expect(isToParent({ type: 'job-timings', timings: [{ queue: 'webhooks', outcome: 'failed', seconds: Number.NaN }] })).toBe(false);
    expect(isToParent({ type: 'job-timings' })).toBe(false);
    expect(isToParent({ type: 'ready' })).toBe(true);
    expect(isToParent('ready')).toBe(false);
    expect(isToParent(null)).toBe(false);
  });

  it('tells the parent\'s messages apart', () => {
    expect(isSettingsMessage({ type: 'settings', settings: { jobs: {} } })).toBe(true);
    expect(isSettingsMessage({ type: 'settings' })).toBe(false);
    expect(isWakeRelayMessage({ type: 'wake-relay' })).toBe(true);
    expect(isWakeRelayMessage({ type: 'settings', settings: {} })).toBe(false);
  });
});
