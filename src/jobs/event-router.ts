import { Injectable } from '@nestjs/common';
import type { EventEnvelope, EventType } from '../events/event-types.js';
import type { JobPayloads, QueueName } from './job-catalogue.js';

export type RoutedJob = { [Q in QueueName]: { queue: Q; payload: JobPayloads[Q] } }[QueueName];
type Route = (event: EventEnvelope) => RoutedJob[];

/**
 * Which background jobs an event starts. Each feature registers its own routes at start-up
 * (next to the service that handles them), so no central switch grows with every job.
 */
@Injectable()
export class EventRouter {
  private readonly routes = new Map<EventType, Route[]>();

  on(type: EventType, route: Route): void {
    const list = this.routes.get(type) ?? [];
    list.push(route);
    this.routes.set(type, list);
  }

  jobsFor(event: EventEnvelope): RoutedJob[] {
    return (this.routes.get(event.type) ?? []).flatMap((route) => route(event));
  }
}
