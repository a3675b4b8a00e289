import { EVENT_TYPES, eventTypesReadableBy } from './event-types.js';
import { sseComment, sseMessage, sseRetry } from './sse.js';

describe('who reads which events on the live stream', () => {
  it('gives admins every type, and fact-checkers and editors all but the webhook ones', () => {
    expect(eventTypesReadableBy('admin')).toEqual([...EVENT_TYPES]);
    const desk = eventTypesReadableBy('fact_checker');
    expect(eventTypesReadableBy('editor')).toEqual(desk);
    expect(EVENT_TYPES.filter((type) => !desk.includes(type))).toEqual(['ping', 'webhook.disabled']);
    expect(desk).toEqual(expect.arrayContaining(['claim.created', 'flag.raised', 'verdict.approved', 'source.ingested']));
  });

  it('grants nothing to a role it does not know', () => {
    expect(eventTypesReadableBy('guest' as never)).toEqual([]);
  });
});

describe('the text/event-stream format', () => {
  it('writes one message per event, its data on one line even when the event holds line breaks', () => {
    const event = { id: 'e1', type: 'claim.created' as const, timestamp: '2026-01-01T00:00:00.000Z', data: { text: 'two\nlines\r\nhere' } };
    const text = sseMessage(event);
    expect(text).toBe(`id: e1\nevent: claim.created\ndata: ${JSON.stringify(event)}\n\n`);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('keeps comments on one line and rounds the retry', () => {
    expect(sseComment('a\nb')).toBe(': a b\n\n');
    expect(sseRetry(1999.6)).toBe('retry: 2000\n\n');
  });
});
