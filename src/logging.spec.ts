import { Writable } from 'node:stream';
import { pino } from 'pino';
import { NestPinoLogger } from './logging.js';

function capture(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: new NestPinoLogger(pino({ level }, stream)) };
}

describe('NestPinoLogger', () => {
  it('writes the message with Nest context name as a field', () => {
    const { lines, logger } = capture();
    logger.log('Mapped {/v1/claims, GET} route', 'RouterExplorer');
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'Mapped {/v1/claims, GET} route', context: 'RouterExplorer' })]);
  });

  it('keeps an exception handler stack as err, not as text', () => {
    const { lines, logger } = capture();
    const stack = 'Error: boom\n    at Object.<anonymous> (x.js:1:1)';
    logger.error('boom', stack, 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 50, msg: 'boom', context: 'ExceptionsHandler', err: { message: 'boom', stack } });
  });

  it('takes fields and text as Nest passes them from logger.warn(fields, text)', () => {
    const { lines, logger } = capture();
    logger.warn({ claimId: 'c1', attempt: 1 }, 'corroboration check failed', 'CorroborationProcessor');
    expect(lines[0]).toMatchObject({ level: 40, msg: 'corroboration check failed', claimId: 'c1', attempt: 1, context: 'CorroborationProcessor' });
  });

  it('merges objects and errors, and respects the level', () => {
    const { lines, logger } = capture('warn');
    logger.log('not written');
    logger.warn({ queue: 'consistency', waiting: 3 });
    logger.error(new Error('lost'), 'Worker');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 40, queue: 'consistency', waiting: 3 });
    expect(lines[1]).toMatchObject({ level: 50, msg: 'lost', context: 'Worker', err: { message: 'lost' } });
  });
});
