import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res, applyDecorators } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { etagFor, versionFromIfMatch } from '../common/etag.js';
import { ClaimResponse } from '../claims/claims.dto.js';
import { ReviewService } from './review.service.js';
import { AllowedActionsResponse, ApproveDto, AssignDto, ProposeVerdictDto, ReasonDto, VerdictResponse } from './review.dto.js';
import { ClaimReview } from './claim-review.schema.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'the claim ETag; a stale one gives 412' };

/** What every step of workflow.ts can refuse, beyond the role the route needs. */
const WorkflowStep = () =>
  applyDecorators(
    ApiHeader(IF_MATCH),
    ApiConflictResponse({ description: 'not allowed from the current status (`allowedActions` says what is), or the claim changed meanwhile' }),
    ApiForbiddenResponse({ description: 'the workflow allows the step, but not to this caller (e.g. assigning someone else, approving one\'s own verdict)' }),
  );

/** Workflow actions (api.md "Workflow"); the rules themselves live in workflow.ts. */
@ApiTags('review')
@Controller('v1/claims/:id')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get('allowed-actions')
  @RequireRole('fact_checker')
  @ApiOkResponse({ type: AllowedActionsResponse, description: 'what the caller may do with the claim now; the console shows only these' })
  allowedActions(@CurrentCaller() caller: Caller, @Param('id') id: string): AllowedActionsResponse {
    return this.review.allowedActionsFor(caller, id);
  }

  @Post('assign')
  @HttpCode(200)
  @RequireRole('fact_checker')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async assign(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: AssignDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.review.assign(caller, id, body.assigneeId, versionFromIfMatch(ifMatch)));
  }

  @Post('unassign')
  @HttpCode(200)
  @RequireRole('fact_checker')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async unassign(@CurrentCaller() caller: Caller, @Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.review.unassign(caller, id, versionFromIfMatch(ifMatch)));
  }

  @Post('verdicts')
  @RequireRole('fact_checker')
  @WorkflowStep()
  @ApiCreatedResponse({ type: VerdictResponse })
  propose(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ProposeVerdictDto, @Headers('if-match') ifMatch: string | undefined) {
    return this.review.propose(caller, id, body, versionFromIfMatch(ifMatch));
  }

  @Post('verdicts/:verdictId/approve')
  @HttpCode(200)
  @RequireRole('editor')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async approve(
    @CurrentCaller() caller: Caller, @Param('id') id: string, @Param('verdictId') verdictId: string, @Body() body: ApproveDto,
    @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.review.approve(caller, id, verdictId, body.note, versionFromIfMatch(ifMatch)));
  }

  @Post('verdicts/:verdictId/reject')
  @HttpCode(200)
  @RequireRole('editor')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async reject(
    @CurrentCaller() caller: Caller, @Param('id') id: string, @Param('verdictId') verdictId: string, @Body() body: ReasonDto,
    @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.review.reject(caller, id, verdictId, body.reason, versionFromIfMatch(ifMatch)));
  }

  @Post('dismiss')
  @HttpCode(200)
  @RequireRole('editor')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async dismiss(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ReasonDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.review.dismiss(caller, id, body.reason, versionFromIfMatch(ifMatch)));
  }

  @Post('reopen')
  @HttpCode(200)
  @RequireRole('editor')
  @WorkflowStep()
  @ApiOkResponse({ type: ClaimResponse })
  async reopen(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ReasonDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.review.reopen(caller, id, body.reason, versionFromIfMatch(ifMatch)));
  }

  @Get('claim-review')
  @RequireRole('fact_checker')
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ type: ClaimReview, description: 'schema.org ClaimReview JSON-LD of the approved verdict' })
  @ApiNotFoundResponse({ description: 'no claim with this id, or it is not approved' })
  claimReview(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('Content-Type', 'application/ld+json; charset=utf-8');
    return this.review.claimReview(id);
  }
}

function withEtag(reply: FastifyReply, claim: ClaimResponse): ClaimResponse {
  reply.header('ETag', etagFor(claim.version));
  return claim;
}
