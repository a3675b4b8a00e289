import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Db } from '../database/db.js';
import { Metrics } from '../metrics/metrics.js';
import { DomainError } from '../common/errors.js';
import type { Caller } from '../auth/roles.js';
import { EventFeed, type FeedEvent } from './event-feed.js';
import { EVENT_READERS, eventTypesReadableBy, type EventType } from './event-types.js';
import { sseComment, sseMessage, sseRetry } from './sse.js';

/** Where one stream's text goes: an HTTP response in production (events.controller.ts). */
export interface StreamSink {
  write(chunk: string): void;
  /** Bytes written but not yet handed to the socket. */
  buffered(): number;
  /** Calls `listener` once the socket has taken what was buffered. */
  onDrain(listener: () => void): void;
  end(): void;
}

export interface StreamStart {
  /** The seq of the last event this stream counts as sent: it starts after it. */
  afterSeq: number;
  /** The event types it carries (the caller's role, narrowed by ?type=). */
  types: ReadonlySet<EventType>;
  /** Asked at every heartbeat: false (the key was revoked, the session ended) ends the stream. */
  stillAllowed?: () => boolean;
}

interface Stream {
  sink: StreamSink;
  /** The seq of the last event sent to this stream or passed over by its filter. */
  cursor: number;
  types: ReadonlySet<EventType>;
  stillAllowed: () => boolean;
  /** Caught up: the poll loop hands it new events. Otherwise it reads the feed by itself (catchUp). */
  live: boolean;
  closed: boolean;
}

/**
 * The live event stream of one process. Every open stream is served by one poll loop over the
 * durable feed, not one per client, and the feed is the truth: events written by any process
 * (worker children, other API processes on the same database) arrive within `pollMs`, those written
 * here at once (woken on commit). A stream that starts behind (Last-Event-ID) or falls behind (its
 * client reads more slowly than events come) reads the feed from its own cursor until it has caught
 * up, then joins the loop; each stream's cursor moves one event at a time, so no event is skipped
 * or sent twice across the hand-over (the seq rule is in event-feed.ts). Timers run only while a
 * stream is open.
 */
@Injectable()
export class EventStreamHub implements OnModuleDestroy {
  private readonly streams = new Set<Stream>();
  /** The seq up to which the poll loop has read the feed. */
  private seenSeq = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private stopWaking: (() => void) | undefined;
  private pollQueued = false;

  constructor(
    private readonly feed: EventFeed,
    private readonly db: Db,
    private readonly metrics: Metrics,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  private get options() {
    return this.settings.events.stream;
  }

  /** Open streams in this process. */
  get openStreams(): number {
    return this.streams.size;
  }

  /** Open streams that read the feed by themselves: resuming, or waiting for a slow client's socket to drain. */
  get streamsBehind(): number {
    return [...this.streams].filter((stream) => !stream.live).length;
  }

  /** Bytes written to the open streams that their sockets have not taken yet (what slow clients cost in memory). */
  get bufferedBytes(): number {
    let bytes = 0;
    for (const stream of this.streams) bytes += stream.sink.buffered();
    return bytes;
  }

  /** True when no stream is open and no timer or commit listener is left. */
  get idle(): boolean {
    return this.streams.size === 0 && !this.pollTimer && !this.heartbeatTimer && !this.stopWaking;
  }

  /**
   * Where a caller's stream starts and what it carries; throws (400, 403) before anything is sent.
   * A reconnecting client's Last-Event-ID wins over ?after= (it is the newer of the two: an
   * EventSource keeps its first URL). Neither: only events that commit from now on.
   */
  startFor(caller: Caller, query: { after?: string; type?: EventType }, lastEventId: string | undefined): StreamStart {
    const readable = eventTypesReadableBy(caller.role);
    if (query.type && !readable.includes(query.type)) {
      throw new DomainError('forbidden', `type: ${query.type} events need role ${EVENT_READERS[query.type]} or higher; the caller is ${caller.role}`);
    }
    const types = new Set(query.type ? [query.type] : readable);
    if (lastEventId) return { afterSeq: this.feed.seqOf(lastEventId, 'Last-Event-ID'), types };
    if (query.after) return { afterSeq: this.feed.seqOf(query.after, 'after'), types };
    return { afterSeq: this.feed.lastSeq(), types };
  }

  /** Starts a stream; returns what ends it (call it when the client goes away). */
  open(sink: StreamSink, start: StreamStart): () => void {
    if (this.streams.size === 0) this.startLoop();
    const stream: Stream = {
      sink, cursor: start.afterSeq, types: start.types, stillAllowed: start.stillAllowed ?? (() => true), live: false, closed: false,
    };
    this.streams.add(stream);
    this.metrics.eventStreams.set(this.streams.size);
    sink.write(sseRetry(this.options.retryMs) + sseComment('connected'));
    this.catchUp(stream);
    return () => this.close(stream);
  }

  /** Ends every stream (the process is stopping; clients reconnect elsewhere, with Last-Event-ID). */
  closeAll(): void {
    for (const stream of [...this.streams]) {
      stream.sink.end();
      this.close(stream);
    }
  }

  onModuleDestroy(): void {
    this.closeAll();
  }

  private close(stream: Stream): void {
    if (stream.closed) return;
    stream.closed = true;
    this.streams.delete(stream);
    this.metrics.eventStreams.set(this.streams.size);
    if (this.streams.size === 0) this.stopLoop();
  }

  private startLoop(): void {
    this.seenSeq = this.feed.lastSeq();
    this.stopWaking = this.db.onCommit(() => this.queuePoll());
    this.pollTimer = setInterval(() => this.poll(), this.options.pollMs);
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatMs);
  }

  private stopLoop(): void {
    clearInterval(this.pollTimer);
    clearInterval(this.heartbeatTimer);
    this.stopWaking?.();
    this.pollTimer = this.heartbeatTimer = this.stopWaking = undefined;
  }

  /** After a commit here: poll once the committing code has returned (coalesced). */
  private queuePoll(): void {
    if (this.pollQueued) return;
    this.pollQueued = true;
    setImmediate(() => {
      this.pollQueued = false;
      this.poll();
    });
  }

  private poll(): void {
    // a read inside a write would see rows that may still roll back
    if (this.streams.size === 0 || this.db.sqlite.inTransaction) return;
    for (;;) {
      const batch = this.feed.readAfter(this.seenSeq, this.options.batch);
      if (batch.length === 0) return;
      this.seenSeq = batch[batch.length - 1].seq;
      for (const stream of this.streams) {
        if (!stream.live) continue;
        this.send(stream, batch);
        if (stream.sink.buffered() > this.options.maxBufferedBytes) this.fallBehind(stream);
      }
      if (batch.length < this.options.batch) return;
    }
  }

  /** Reads the feed from the stream's cursor, a batch per turn, until it is level with the newest event. */
  private catchUp(stream: Stream): void {
    if (stream.closed) return;
    if (this.db.sqlite.inTransaction) {
      setImmediate(() => this.catchUp(stream));
      return;
    }
    const batch = this.feed.readAfter(stream.cursor, this.options.batch);
    this.send(stream, batch);
    if (stream.sink.buffered() > this.options.maxBufferedBytes) {
      this.fallBehind(stream);
    } else if (batch.length < this.options.batch) {
      // level with the newest committed event, so at or past what the loop has read: from now on the
      // loop sends it everything after its cursor
      stream.live = true;
    } else {
      setImmediate(() => this.catchUp(stream));
    }
  }

  /** A client that reads too slowly: stop buffering for it, and catch up from the feed once its socket drains. */
  private fallBehind(stream: Stream): void {
    stream.live = false;
    stream.sink.onDrain(() => this.catchUp(stream));
  }

  private send(stream: Stream, batch: FeedEvent[]): void {
    let text = '';
    for (const { seq, event } of batch) {
      if (seq <= stream.cursor) continue;
      stream.cursor = seq;
      if (stream.types.has(event.type)) text += sseMessage(event);
    }
    if (text) stream.sink.write(text);
  }

  private heartbeat(): void {
    const comment = sseComment('heartbeat');
    for (const stream of [...this.streams]) {
      if (stream.stillAllowed()) {
        stream.sink.write(comment);
      } else {
        stream.sink.end();
        this.close(stream);
      }
    }
  }
}
