import { Injectable } from '@nestjs/common';
import { extractClaims } from './claims-from-text.js';
import type { ExtractClaimsDto, ExtractClaimsResponse } from './extraction.dto.js';

/** POST /v1/extract/claims: the claims of a text, nothing stored. */
@Injectable()
export class ExtractionService {
  extract(input: ExtractClaimsDto): ExtractClaimsResponse {
    const result = extractClaims(input.text, {
      language: input.language,
      publisher: input.publisher,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : undefined,
    });
    return {
      language: result.language,
      claims: result.claims.map((c) => ({
        ref: c.ref,
        text: c.text,
        claimant: { name: c.claimant.name, affiliation: c.claimant.affiliation, country: c.claimant.country },
        stance: c.stance,
        cue: c.cue,
        start: c.start,
        end: c.end,
        quantities: c.quantities,
        claimedAt: c.claimedAt,
        claimedAtCue: c.claimedAtCue,
      })),
      links: result.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation })),
    };
  }
}
