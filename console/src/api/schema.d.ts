// Generated from the OpenAPI document by `npm run console:api-types` (src/console/api-types.spec.ts). Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClaimsController_list"];
        put?: never;
        post: operations["ClaimsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** The claim's headers (ETag) without its body */
        head: operations["ClaimsController_head"];
        patch: operations["ClaimsController_update"];
        trace?: never;
    };
    "/v1/claims/{id}/allowed-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewController_allowedActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/claim-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewController_claimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/corroboration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CorroborationController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/corroboration-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CorroborationController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/counter-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClaimsController_counterClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FlagsController_ofClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClaimsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClaimsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/quantities/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ClaimsController_correctQuantity"];
        trace?: never;
    };
    "/v1/claims/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClaimsController_relations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_unassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/verdicts/{verdictId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/verdicts/{verdictId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed live, as server-sent events
         * @description One SSE message per event: `id:` the event id, `event:` its type, `data:` the envelope JSON (as an item of GET /v1/events). Reconnect with `Last-Event-ID` (EventSource does) or `?after=` to get every event after that one first, from the durable feed, then live ones: nothing is skipped or repeated. Without either, the stream starts with the events that commit after it opens. Comment lines (`: heartbeat`) keep idle connections open. Every signed-in role may listen and gets the event types its role may read: all for admin; every type except ping (admin), webhook.disabled (admin) for fact_checker and editor.
         */
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extract/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExtractionController_claims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extract/quantities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QuantitiesController_extract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FiguresController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/figures/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FiguresController_measures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FlagsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FlagsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_current"];
        put?: never;
        post: operations["SessionsController_signIn"];
        delete: operations["SessionsController_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SourcesController_search"];
        put?: never;
        post: operations["SourcesController_ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SourcesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SourcesController_claimsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SourcesController_linksOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_issueKey"];
        delete: operations["UsersController_revokeKeys"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AllowedActionsResponse: {
            /** @description the workflow steps the caller may take now (workflow.ts), as a 409 would list them */
            allowedActions: ("assign" | "unassign" | "propose_verdict" | "approve" | "reject" | "dismiss" | "reopen")[];
            claimId: string;
            /** @enum {string} */
            status: "pending" | "in_review" | "verdict_proposed" | "approved" | "dismissed";
            version: number;
        };
        ApiKeyResponse: {
            /** @description shown only in this response */
            apiKey: string;
            /** Format: date-time */
            createdAt: string;
            /** @description names this key, e.g. to keep it when revoking the others (DELETE …/api-keys?except=) */
            keyId: string;
            keyPrefix: string;
            userId: string;
        };
        ApproveDto: {
            note?: string;
        };
        AssignDto: {
            /** @description whom to assign; omitted = the caller. Only editors may assign others. */
            assigneeId?: string;
        };
        AssigneeResponse: {
            id: string;
            name: string;
        };
        CitationResponse: {
            end: number | null;
            quote: string | null;
            sourceId: string;
            start: number | null;
        };
        ClaimantDto: {
            /** @example Department of Defense */
            affiliation?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country?: string | null;
            /** @example U.S. officials */
            name: string;
        };
        ClaimantResponse: {
            affiliation: string | null;
            country: string | null;
            name: string;
        };
        ClaimPage: {
            items: components["schemas"]["ClaimResponse"][];
            nextCursor: string | null;
        };
        ClaimResponse: {
            assignee: components["schemas"]["AssigneeResponse"] | null;
            citations: components["schemas"]["CitationResponse"][];
            claimant: components["schemas"]["ClaimantResponse"];
            /** Format: date-time */
            claimedAt: string | null;
            corroboration: components["schemas"]["CorroborationSummary"];
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            language: "de" | "en";
            openFlags: number;
            /** @enum {string} */
            origin: "manual" | "extracted";
            priority: number;
            quantities: components["schemas"]["QuantityResponse"][];
            relations: components["schemas"]["RelationCounts"];
            /** @enum {string} */
            status: "pending" | "in_review" | "verdict_proposed" | "approved" | "dismissed";
            tags: string[];
            text: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the current verdict */
            verdict: components["schemas"]["VerdictResponse"] | null;
            version: number;
        };
        ClaimReview: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "ClaimReview";
            /** @description the desk (ORGANIZATION_NAME, ORGANIZATION_URL) */
            author: components["schemas"]["ClaimReviewOrganization"];
            /** @description the claim text */
            claimReviewed: string;
            /**
             * Format: date
             * @description when the verdict was approved
             */
            datePublished: string;
            itemReviewed: components["schemas"]["ClaimReviewClaim"];
            reviewRating: components["schemas"]["ClaimReviewRating"];
            /**
             * Format: uri
             * @description PUBLIC_BASE_URL plus the claim id
             */
            url: string;
        };
        ClaimReviewClaim: {
            /** @enum {string} */
            "@type": "Claim";
            /** @description public URLs of the sources citing it */
            appearance?: components["schemas"]["ClaimReviewCreativeWork"][];
            /** @description the claimant */
            author: components["schemas"]["ClaimReviewPerson"] | components["schemas"]["ClaimReviewOrganization"];
            /**
             * Format: date
             * @description when the claim was made, if known
             */
            datePublished?: string;
        };
        ClaimReviewCreativeWork: {
            /** @enum {string} */
            "@type": "CreativeWork";
            /** Format: uri */
            url: string;
        };
        ClaimReviewOrganization: {
            /** @enum {string} */
            "@type": "Organization";
            name: string;
            /** Format: uri */
            url?: string;
        };
        ClaimReviewPerson: {
            /** @enum {string} */
            "@type": "Person";
            affiliation?: components["schemas"]["ClaimReviewOrganization"];
            name: string;
        };
        ClaimReviewRating: {
            /** @enum {string} */
            "@type": "Rating";
            /** @enum {string} */
            alternateName: "True" | "Mostly true" | "Half true" | "Mostly false" | "False" | "Misleading" | "Unverifiable";
            /** @enum {number} */
            bestRating: 5;
            /** @description the verdict summary */
            ratingExplanation?: string;
            /** @description absent for a rating that is no degree of truth (unverifiable) */
            ratingValue?: number;
            /** @enum {number} */
            worstRating: 1;
        };
        ConsoleSessionResponse: {
            /** @description send as X-CSRF-Token on every cookie-authenticated request that changes something */
            csrfToken: string;
            /**
             * Format: date-time
             * @description the session ends then, or earlier at sign-out or when its key is revoked
             */
            expiresAt: string;
            user: components["schemas"]["SessionUser"];
        };
        CorrectQuantityDto: {
            max?: number | null;
            maxInclusive?: boolean;
            /** @example wounded */
            measure?: string | null;
            min?: number | null;
            minInclusive?: boolean;
            /** @enum {string} */
            qualifier?: "exact" | "approx" | "range" | "at_least" | "more_than" | "at_most" | "less_than";
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            subject?: string | null;
            /** @example count */
            unit?: string;
        };
        CorroborationCheckAccepted: {
            /** @description the BullMQ job id of the queued check (visible on /admin/queues) */
            jobId: string;
        };
        CorroborationReportResponse: {
            /** Format: date-time */
            checkedAt: string | null;
            /** @description an explicitly requested check has not finished yet (the claim shows `pending`) */
            checkPending: boolean;
            claimId: string;
            /** @description contradictions first, then support, then mentions; best score first */
            evidence: components["schemas"]["EvidenceResponse"][];
            /** @description the origins counted in independentOrigins */
            independentOriginIds: string[];
            /** @description distinct origins of supporting evidence, without the cited origins and the claimant’s own */
            independentOrigins: number;
            /**
             * @description the outcome of the latest check; `unchecked` (with empty evidence) when none has finished yet
             * @enum {string}
             */
            status: "unchecked" | "pending" | "corroborated" | "single_source" | "uncorroborated" | "contested";
        };
        CorroborationSummary: {
            /** Format: date-time */
            checkedAt: string | null;
            contradicting: number;
            independentOrigins: number;
            /** @enum {string} */
            status: "unchecked" | "pending" | "corroborated" | "single_source" | "uncorroborated" | "contested";
            supporting: number;
        };
        CounterClaimResponse: {
            claim: components["schemas"]["ClaimResponse"];
            link: components["schemas"]["LinkResponse"];
        };
        CreateClaimDto: {
            claimant: components["schemas"]["ClaimantDto"];
            /** Format: date-time */
            claimedAt?: string;
            /** @enum {string} */
            language?: "de" | "en";
            /** @description the exact words in the source; must occur in its text */
            quote?: string;
            /** @description the source the claim appears in */
            sourceId?: string;
            tags?: string[];
            text: string;
        };
        CreateCounterClaimDto: {
            claimant: components["schemas"]["ClaimantDto"];
            /** Format: date-time */
            claimedAt?: string;
            /** @enum {string} */
            language?: "de" | "en";
            quote?: string;
            sourceId?: string;
            /** @enum {string} */
            stance: "denies" | "disputes" | "supports";
            text: string;
        };
        CreateLinkDto: {
            /** @enum {string} */
            relation: "denies" | "disputes" | "supports";
            targetId: string;
        };
        CreateSourceDto: {
            /**
             * @description detected when absent
             * @enum {string}
             */
            language?: "de" | "en";
            /**
             * Format: date-time
             * @description when absent, read from a dateline in the text; null when the text has none
             */
            publishedAt?: string;
            /** @example Wire Service */
            publisher: string;
            /** @description full text of the document */
            text: string;
            title?: string;
            /** @example https://example.org/story */
            url?: string;
        };
        CreateUserDto: {
            /** @example Dana Weber */
            name: string;
            /** @enum {string} */
            role: "fact_checker" | "editor" | "admin";
        };
        CreateWebhookDto: {
            description?: string | null;
            /** @default true */
            enabled: boolean;
            /**
             * @description event types, or "*" for all
             * @example [
             *       "verdict.approved",
             *       "claim.status_changed"
             *     ]
             */
            events: ("claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled" | "*")[];
            /**
             * @description https (http only where WEBHOOK_ALLOW_HTTP), no credentials, a public address
             * @example https://cms.example.org/hooks/claimdesk
             */
            url: string;
        };
        DeliveryPage: {
            items: components["schemas"]["DeliveryResponse"][];
            nextCursor: string | null;
        };
        DeliveryResponse: {
            /** @description 1 for the first attempt of this event to this subscription */
            attempt: number;
            /** Format: date-time */
            attemptedAt: string | null;
            durationMs: number | null;
            error: string | null;
            /** @description also the webhook-id header */
            eventId: string;
            eventType: string;
            id: string;
            /**
             * Format: date-time
             * @description pending: when it goes out; failed: when the next attempt does
             */
            nextAttemptAt: string | null;
            /** @description the consumer's HTTP status; its body is never kept */
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        EventPage: {
            items: components["schemas"]["EventResponse"][];
            nextCursor: string | null;
        };
        EventResponse: {
            data: {
                [key: string]: unknown;
            };
            id: string;
            /** Format: date-time */
            timestamp: string;
            /** @enum {string} */
            type: "claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled";
        };
        EvidenceItemDto: {
            note: string;
            /** @description a source held by this desk */
            sourceId?: string;
            /** @description an http(s) URL */
            url?: string;
        };
        EvidenceResponse: {
            /** @description the denial or negation as written, when that decided */
            cue: string | null;
            /** @description end of the passage in the source text (exclusive) */
            end: number;
            /** @description sources that are copies of one another share it */
            originId: string;
            publisher: string;
            /**
             * @description why the stance was given
             * @enum {string}
             */
            reason: "quantity_conflict" | "denial" | "negation" | "same_content" | "hedged" | "denied_statement" | "figures_unconfirmed" | "other_language" | "related";
            /** @description closeness of the passage to the claim, 0 to 1 */
            score: number;
            snippet: string;
            sourceId: string;
            /** @enum {string} */
            stance: "supports" | "contradicts" | "mentions";
            /** @description offset of the passage in the source text */
            start: number;
        };
        ExtractClaimsDto: {
            /**
             * @description detected when absent
             * @enum {string}
             */
            language?: "de" | "en";
            /**
             * Format: date-time
             * @description the article's date: claims are made on it unless their sentence dates the statement; absent: the text's dateline
             */
            publishedAt?: string;
            /** @description publisher of the article; unattributed sentences with a checkable figure become its claims */
            publisher?: string;
            /** @description article text, German or English */
            text: string;
        };
        ExtractClaimsResponse: {
            claims: components["schemas"]["ExtractedClaimResponse"][];
            /** @enum {string} */
            language: "de" | "en";
            links: components["schemas"]["ExtractedLinkResponse"][];
        };
        ExtractedClaimantResponse: {
            /** @example Kremlin */
            affiliation: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            country: string | null;
            /** @example Dmitry Peskov */
            name: string;
        };
        ExtractedClaimResponse: {
            claimant: components["schemas"]["ExtractedClaimantResponse"];
            /**
             * Format: date-time
             * @description the day the sentence gives the statement ("am Montag", "in March 2022"), else the article's date; null when neither is known
             */
            claimedAt: string | null;
            /**
             * @description the words that dated the statement; null: the article's date
             * @example am Montag
             */
            claimedAtCue: string | null;
            /**
             * @description the words the attribution or denial was recognised by
             * @example sagte
             */
            cue: string;
            /** @description end offset (exclusive) into the submitted text */
            end: number;
            /** @description offsets into the claim text */
            quantities: components["schemas"]["ExtractedQuantityResponse"][];
            /**
             * @description names the claim within this answer (links refer to it)
             * @example c1
             */
            ref: string;
            /** @enum {string} */
            stance: "asserts" | "denies";
            /** @description offset into the submitted text */
            start: number;
            /** @description what was said: text.slice(start, end) */
            text: string;
        };
        ExtractedLinkResponse: {
            /**
             * @description ref of the denying claim
             * @example c2
             */
            from: string;
            /** @enum {string} */
            relation: "denies";
            /**
             * @description ref of the denied claim
             * @example c1
             */
            to: string;
        };
        ExtractedQuantityResponse: {
            /** @description end offset (exclusive) into the claim text */
            end: number;
            max: number | null;
            maxInclusive: boolean;
            /** @example killed */
            measure: string | null;
            min: number | null;
            minInclusive: boolean;
            /** @enum {string} */
            qualifier: "exact" | "approx" | "range" | "at_least" | "more_than" | "at_most" | "less_than";
            /** @description offset into the claim text */
            start: number;
            /** @example RU */
            subject: string | null;
            /** @description the span as written */
            text: string;
            /** @example count */
            unit: string;
        };
        ExtractionSummary: {
            claimCount: number;
            /** @enum {string} */
            status: "none" | "pending" | "running" | "done" | "failed";
        };
        ExtractQuantitiesDto: {
            /**
             * @description detected when absent
             * @enum {string}
             */
            language?: "de" | "en";
            /** @example Zwischen 5.000 und 9.000 russische Soldaten wurden getötet. */
            text: string;
        };
        ExtractQuantitiesResponse: {
            /** @enum {string} */
            language: "de" | "en";
            quantities: components["schemas"]["QuantityResponse"][];
        };
        FigureMeasureResponse: {
            /** @description claims holding at least one figure of this measure, subject and unit */
            claims: number;
            /** @example killed */
            measure: string;
            /** @description open flags that name one of these figures */
            openFlags: number;
            /**
             * @description null: the figures whose subject is unknown
             * @example RU
             */
            subject: string | null;
            /** @example count */
            unit: string;
        };
        FigureMeasuresResponse: {
            /** @description most claims first */
            items: components["schemas"]["FigureMeasureResponse"][];
        };
        FigureResponse: {
            claimant: components["schemas"]["ClaimantResponse"];
            /**
             * Format: date-time
             * @description the date the figure speaks for: the claim's claimedAt, else its source's publication date, else when the desk recorded it
             */
            claimedAt: string;
            claimId: string;
            /**
             * @description which of the three claimedAt is
             * @enum {string}
             */
            dated: "claimed" | "published" | "recorded";
            /** @description open flags that name this figure */
            flagIds: string[];
            /** @description null: no upper bound */
            max: number | null;
            maxInclusive: boolean;
            /** @description null: no lower bound */
            min: number | null;
            minInclusive: boolean;
            /** @enum {string} */
            qualifier: "exact" | "approx" | "range" | "at_least" | "more_than" | "at_most" | "less_than";
            /** @description the figure's position in the claim's quantities */
            quantityIndex: number;
            /** @description the figure as written in the claim text */
            quantityText: string;
            /**
             * @description the claim's workflow status (every held claim is charted)
             * @enum {string}
             */
            status: "pending" | "in_review" | "verdict_proposed" | "approved" | "dismissed";
            /** @description the claim's text */
            text: string;
        };
        FiguresResponse: {
            /** @description oldest first (by claimedAt, then claim id, then position) */
            items: components["schemas"]["FigureResponse"][];
            measure: string;
            /** @description null: the figures whose subject is unknown */
            subject: string | null;
            /** @description true when the window holds more figures than limit: items are then the latest of them */
            truncated: boolean;
            unit: string;
        };
        FlagPage: {
            items: components["schemas"]["FlagResponse"][];
            nextCursor: string | null;
        };
        FlagQuantityResponse: {
            /** @description the claim the figure belongs to */
            claimId: string;
            /** @description end of the span (exclusive) */
            end: number;
            /** @description the figure's position in that claim's quantities when the flag was raised */
            index: number;
            /** @description null = unbounded */
            max: number | null;
            maxInclusive: boolean;
            /** @example killed */
            measure: string | null;
            /** @description null = unbounded */
            min: number | null;
            minInclusive: boolean;
            /** @enum {string} */
            qualifier: "exact" | "approx" | "range" | "at_least" | "more_than" | "at_most" | "less_than";
            /** @description offset of the span in the text */
            start: number;
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            subject: string | null;
            /** @description the span as written in the text */
            text: string;
            /**
             * @description "count", "percent", "USD", "EUR", ...
             * @example count
             */
            unit: string;
        };
        FlagResponse: {
            /** @description earlier claim first */
            claimIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description one sentence naming the figures, their claimants and dates */
            explanation: string;
            id: string;
            measure: string | null;
            note: string | null;
            /** @description the figures as they stood when the flag was raised */
            quantities: components["schemas"]["FlagQuantityResponse"][];
            /** @description null while open, and when closed by the system */
            resolvedBy: components["schemas"]["AssigneeResponse"] | null;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @enum {string} */
            status: "open" | "confirmed" | "dismissed";
            subject: string | null;
            /** @enum {string} */
            type: "range_conflict" | "part_sum_mismatch" | "inverted_range" | "impossible_value";
        };
        HealthCheckResult: {
            /** @description why it is down */
            message?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        HealthChecks: {
            database?: components["schemas"]["HealthCheckResult"];
            queues?: components["schemas"]["QueuesCheckResult"];
            redis?: components["schemas"]["HealthCheckResult"];
        };
        HealthResponse: {
            checks: components["schemas"]["HealthChecks"];
            /** @enum {string} */
            status: "ok" | "error";
        };
        HistoryEntryResponse: {
            action: string;
            actor: components["schemas"]["AssigneeResponse"] | null;
            /** Format: date-time */
            at: string;
            data: {
                [key: string]: unknown;
            };
            from: string | null;
            to: string | null;
        };
        LinkedClaimResponse: {
            claimant: components["schemas"]["ClaimantResponse"];
            id: string;
            /** @description the claim cites the source the links were asked for */
            inSource: boolean;
            text: string;
        };
        LinkResponse: {
            /** Format: date-time */
            createdAt: string;
            fromClaimId: string;
            id: string;
            /** @enum {string} */
            relation: "denies" | "disputes" | "supports";
            toClaimId: string;
        };
        PingResponse: {
            deliveryId: string;
            /** @description the ping event; also the webhook-id of the delivery */
            eventId: string;
        };
        Problem: {
            /** @description on a refused workflow step (409): what the caller may do now */
            allowedActions?: string[];
            /** @example claim 0197… does not exist */
            detail: string;
            /** @description on 400: one entry per invalid field */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @example 404 */
            status: number;
            /** @example Not found */
            title: string;
            /**
             * Format: uri-reference
             * @example urn:claimdesk:problem:not_found
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProposeVerdictDto: {
            evidence: components["schemas"]["EvidenceItemDto"][];
            /** @enum {string} */
            rating: "true" | "mostly_true" | "half_true" | "mostly_false" | "false" | "misleading" | "unverifiable";
            summary: string;
        };
        QuantityResponse: {
            /** @description end of the span (exclusive) */
            end: number;
            /** @description null = unbounded */
            max: number | null;
            maxInclusive: boolean;
            /** @example killed */
            measure: string | null;
            /** @description null = unbounded */
            min: number | null;
            minInclusive: boolean;
            /** @enum {string} */
            qualifier: "exact" | "approx" | "range" | "at_least" | "more_than" | "at_most" | "less_than";
            /** @description offset of the span in the text */
            start: number;
            /**
             * @description ISO 3166-1 alpha-2
             * @example RU
             */
            subject: string | null;
            /** @description the span as written in the text */
            text: string;
            /**
             * @description "count", "percent", "USD", "EUR", ...
             * @example count
             */
            unit: string;
        };
        QueueDepthResponse: {
            active: number;
            delayed: number;
            failed: number;
            waiting: number;
        };
        QueuesCheckResult: {
            /** @description why it is down */
            message?: string;
            /** @description jobs per queue, by queue name (when up) */
            queues?: {
                [key: string]: components["schemas"]["QueueDepthResponse"];
            };
            /** @enum {string} */
            status: "up" | "down";
        };
        ReasonDto: {
            reason: string;
        };
        RelatedClaim: {
            claim: components["schemas"]["ClaimResponse"];
            /** @enum {string} */
            relation: "denies" | "disputes" | "supports";
        };
        RelationCounts: {
            deniedBy: number;
            disputedBy: number;
            supportedBy: number;
        };
        RelationsResponse: {
            incoming: components["schemas"]["RelatedClaim"][];
            outgoing: components["schemas"]["RelatedClaim"][];
        };
        ResolveFlagDto: {
            /** @example Different periods: the first figure covers only the spring offensive. */
            note: string;
            /** @enum {string} */
            resolution: "confirmed" | "dismissed";
        };
        RevokedKeysResponse: {
            revoked: number;
            userId: string;
        };
        SessionUser: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "fact_checker" | "editor" | "admin";
        };
        SignInDto: {
            /** @description the API key, sent once; the browser keeps only the session cookie */
            apiKey: string;
        };
        SourceLinkResponse: {
            /** Format: date-time */
            createdAt: string;
            from: components["schemas"]["LinkedClaimResponse"];
            fromClaimId: string;
            id: string;
            /** @enum {string} */
            relation: "denies" | "disputes" | "supports";
            to: components["schemas"]["LinkedClaimResponse"];
            toClaimId: string;
        };
        SourceLinksResponse: {
            /** @description oldest first; at most 1000 */
            items: components["schemas"]["SourceLinkResponse"][];
        };
        SourcePage: {
            items: components["schemas"]["SourceResponse"][];
            nextCursor: string | null;
        };
        SourceResponse: {
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            /** @description true when the source was already held */
            duplicate?: boolean;
            extraction: components["schemas"]["ExtractionSummary"];
            id: string;
            /** @enum {string} */
            language: "de" | "en";
            /** @description shared by copies and translations of one another */
            originId: string;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description how publishedAt was found: given in the request or read from a dateline in the text; null when it is unknown
             * @enum {string|null}
             */
            publishedAtSource: "given" | "dateline" | null;
            publisher: string;
            title: string | null;
            url: string | null;
        };
        SourceWithTextResponse: {
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            /** @description true when the source was already held */
            duplicate?: boolean;
            extraction: components["schemas"]["ExtractionSummary"];
            id: string;
            /** @enum {string} */
            language: "de" | "en";
            /** @description shared by copies and translations of one another */
            originId: string;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description how publishedAt was found: given in the request or read from a dateline in the text; null when it is unknown
             * @enum {string|null}
             */
            publishedAtSource: "given" | "dateline" | null;
            publisher: string;
            text: string;
            title: string | null;
            url: string | null;
        };
        UpdateClaimDto: {
            /** @description replaces the claimant as a whole */
            claimant?: components["schemas"]["ClaimantDto"];
            /**
             * Format: date-time
             * @description null clears it (the claim is then dated by when it was recorded)
             */
            claimedAt?: string | null;
            /** @description higher comes first within the same urgency */
            priority?: number;
            tags?: string[];
            text?: string;
        };
        UpdateWebhookDto: {
            description?: string | null;
            /** @description false stops deliveries (pending attempts are closed); true starts them again */
            enabled?: boolean;
            events?: ("claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled" | "*")[];
            /** @description checked like at creation */
            url?: string;
        };
        UserListItem: {
            /** @description keys of the user that are not revoked */
            activeKeys: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "fact_checker" | "editor" | "admin";
        };
        UserPage: {
            items: components["schemas"]["UserListItem"][];
            nextCursor: string | null;
        };
        UserRef: {
            id: string;
            name: string;
        };
        UserResponse: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "fact_checker" | "editor" | "admin";
        };
        UserWithKeyResponse: {
            /** @description shown only in this response; store it now */
            apiKey: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "fact_checker" | "editor" | "admin";
        };
        VerdictResponse: {
            author: components["schemas"]["UserRef"];
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: components["schemas"]["UserRef"] | null;
            evidence: components["schemas"]["EvidenceItemDto"][];
            id: string;
            note: string | null;
            /** @enum {string} */
            rating: "true" | "mostly_true" | "half_true" | "mostly_false" | "false" | "misleading" | "unverifiable";
            /** @enum {string} */
            status: "proposed" | "approved" | "rejected" | "superseded";
            summary: string;
        };
        WebhookPage: {
            items: components["schemas"]["WebhookResponse"][];
            nextCursor: string | null;
        };
        WebhookResponse: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description why deliveries stopped (410 Gone, failing too long, an admin) */
            disabledReason: string | null;
            enabled: boolean;
            events: ("claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled" | "*")[];
            /**
             * Format: date-time
             * @description first failure since the last success
             */
            failingSince: string | null;
            id: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /**
             * Format: date-time
             * @description until then the previous secret signs too
             */
            previousSecretValidUntil: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookWithSecretResponse: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description why deliveries stopped (410 Gone, failing too long, an admin) */
            disabledReason: string | null;
            enabled: boolean;
            events: ("claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled" | "*")[];
            /**
             * Format: date-time
             * @description first failure since the last success
             */
            failingSince: string | null;
            id: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /**
             * Format: date-time
             * @description until then the previous secret signs too
             */
            previousSecretValidUntil: string | null;
            /**
             * @description shown only in this response; store it now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every dependency is up (`status: "ok"`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a dependency is down (`status: "error"`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a metrics token is configured (METRICS_TOKEN) and was not sent, or is wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_list: {
        parameters: {
            query?: {
                /** @description "me", "none" or a user id */
                assignee?: string;
                /** @description claimant name, case-insensitive, part of the name is enough */
                claimant?: string;
                contested?: "true" | "false";
                corroboration?: "unchecked" | "pending" | "corroborated" | "single_source" | "uncorroborated" | "contested";
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                flagged?: "true" | "false";
                language?: "de" | "en";
                limit?: number;
                /** @description full-text search in claim text and claimant */
                q?: string;
                /** @description priority (default): open claims first (open flags and denials first, then higher priority, then oldest), decided ones (approved, dismissed) after them in the same order; statusChangedAt: longest in its status first (status=verdict_proposed alone defaults to it: oldest proposal first); -statusChangedAt: latest status change first */
                sort?: "priority" | "createdAt" | "-createdAt" | "statusChangedAt" | "-statusChangedAt";
                /** @description comma list of pending, in_review, verdict_proposed, approved, dismissed */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_create: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the claim version */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_head: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description as GET, without a body */
            200: {
                headers: {
                    /** @description the claim version */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClaimsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag read; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClaimDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the claim is approved: read-only until it is reopened */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_allowedActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description what the caller may do with the claim now; the console shows only these */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedActionsResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_claimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schema.org ClaimReview JSON-LD of the approved verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ClaimReview"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no claim with this id, or it is not approved */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CorroborationController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest report; `unchecked` with no evidence before the first check */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorroborationReportResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no claim with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CorroborationController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a fresh check is queued; the claim shows `pending` until it ends */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorroborationCheckAccepted"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no claim with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_counterClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCounterClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_dismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role editor or higher; a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FlagsController_ofClaim: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
                /** @description comma list of open, confirmed, dismissed */
                status?: string;
                /** @description comma list of range_conflict, part_sum_mismatch, inverted_range, impossible_value */
                type?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description flags that involve this claim, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryResponse"][];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description these claims are already linked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_correctQuantity: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag read; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description the claim id */
                id: string;
                /** @description the quantity's position in the claim's quantities */
                index: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectQuantityDto"];
            };
        };
        responses: {
            /** @description the claim with the corrected quantity; the correction survives re-extraction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the claim is approved: read-only until it is reopened */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_relations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationsResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role editor or higher; a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_unassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeVerdictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
                verdictId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role editor or higher; a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description the claim ETag; a stale one gives 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
                verdictId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role editor or higher; a console session's request without its X-CSRF-Token; the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one's own verdict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a stale version; nothing changed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description an event id; the feed continues after it */
                after?: string;
                /** @description opaque cursor from nextCursor (same as after=<last id>) */
                cursor?: string;
                limit?: number;
                type?: "claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_stream: {
        parameters: {
            query?: {
                /** @description an event id: the stream starts after it (a Last-Event-ID header wins over this) */
                after?: string;
                /** @description only events of this type */
                type?: "claim.created" | "claim.updated" | "claim.status_changed" | "claim.assigned" | "claim.linked" | "verdict.proposed" | "verdict.approved" | "verdict.rejected" | "flag.raised" | "flag.resolved" | "corroboration.completed" | "consistency.completed" | "source.ingested" | "source.extracted" | "ping" | "webhook.disabled";
            };
            header?: {
                /** @description the id of the last event received: the stream resumes after it */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream, open until the client leaves or the server stops */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description type names an event type the caller's role may not read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExtractionController_claims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtractClaimsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractClaimsResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    QuantitiesController_extract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtractQuantitiesDto"];
            };
        };
        responses: {
            /** @description every quantity in the text; nothing is stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractQuantitiesResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FiguresController_list: {
        parameters: {
            query: {
                /** @description only figures dated on or after this (ISO 8601 date or date-time; a date is its first moment, UTC) */
                from?: string;
                /** @description at most this many figures: the latest ones in the window (see truncated) */
                limit?: number;
                /** @description the measure, as a quantity names it (required) */
                measure: string;
                /** @description the subject, as a quantity names it; left out (or empty): the figures whose subject is unknown (subject null) */
                subject?: string;
                /** @description only figures dated on or before this (ISO 8601; a date includes that whole day, UTC) */
                to?: string;
                /** @description the unit; left out: count */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every held figure of that measure, subject and unit, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FiguresController_measures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every (measure, subject, unit) the held figures name, most claims first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureMeasuresResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FlagsController_list: {
        parameters: {
            query?: {
                /** @description only flags that involve this claim */
                claimId?: string;
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
                /** @description comma list of open, confirmed, dismissed */
                status?: string;
                /** @description comma list of range_conflict, part_sum_mismatch, inverted_range, impossible_value */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FlagsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveFlagDto"];
            };
        };
        responses: {
            /** @description the resolved flag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the flag is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SessionsController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the session of this cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSessionResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no live session: never signed in, signed out, expired, or its key was revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SessionsController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description signed in; `Set-Cookie` carries the session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSessionResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the API key is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SessionsController_signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description the session's token; needed when the cookie names a live session */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out (also when there was no live session); the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a live session without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_search: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                language?: "de" | "en";
                limit?: number;
                publisher?: string;
                /** @description full-text search over title and text */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_ingest: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceDto"];
            };
        };
        responses: {
            /** @description the source already held (duplicate: true) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            /** @description a new source */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceWithTextResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_claimsOf: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_linksOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description links (denies, disputes, supports) that touch a claim citing the source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceLinksResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithKeyResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_issueKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_revokeKeys: {
        parameters: {
            query?: {
                /** @description a keyId of this user to keep: every other key is revoked (a rotation: issue a key, then revoke the rest) */
                except?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedKeysResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description the secret is shown only here (and on rotation) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted, with its delivery log */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description opaque cursor from nextCursor */
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per attempt, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the attempt that goes out now */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the subscription is disabled, or the event is no longer held */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a ping event, delivered to this subscription only */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the subscription is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the new secret; the previous one also signs for 24 h */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs role admin or higher; a console session's request without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (per API key); see Retry-After */
            429: {
                headers: {
                    /** @description seconds until the budget refills */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; nothing was changed (every write is one transaction) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
