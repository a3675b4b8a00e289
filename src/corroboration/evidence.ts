/** Shapes shared by the corroboration modules; they mirror the HTTP contract's Corroboration report. */

export type Stance = 'supports' | 'contradicts' | 'mentions';

export interface Evidence {
  sourceId: string;
  publisher: string;
  originId: string;
  stance: Stance;
  score: number;
  snippet: string;
  /** Offsets of the passage in the source text; `end` is exclusive. */
  start: number;
  end: number;
}

/** The outcome statuses of a finished check (the claim's `unchecked`/`pending` are the service's business). */
export type CorroborationStatus = 'corroborated' | 'single_source' | 'uncorroborated' | 'contested';
