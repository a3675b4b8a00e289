import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from './access.decorators.js';
import { SessionStore } from './session.store.js';
import { ConsoleSessionResponse, SignInDto } from './sessions.dto.js';
import {
  clearedSessionCookie, CSRF_HEADER, csrfTokenMatches, csrfTokenOf, sessionCookie, sessionTokenOf,
} from './console-session.js';
import { DomainError } from '../common/errors.js';
import { SETTINGS, type Settings } from '../config/settings.js';

/**
 * Console sign-in: the API key is sent once and exchanged for an HttpOnly, SameSite=Strict session
 * cookie (Secure in production). The routes are public to the guard because they are where a
 * session begins and ends; each checks the cookie itself.
 */
@ApiTags('session')
@Controller('v1/session')
export class SessionsController {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  private get cookieOptions() {
    return { secure: this.settings.console.secureCookie };
  }

  @Post()
  @PublicRoute()
  @ApiCreatedResponse({ type: ConsoleSessionResponse, description: 'signed in; `Set-Cookie` carries the session' })
  @ApiUnauthorizedResponse({ description: 'the API key is unknown or revoked' })
  signIn(@Body() body: SignInDto, @Res({ passthrough: true }) reply: FastifyReply): ConsoleSessionResponse {
    const opened = this.sessions.open(body.apiKey);
    if (!opened) throw new DomainError('unauthenticated', 'The API key is unknown or revoked');
    const maxAge = Math.floor(this.settings.console.sessionTtlMs / 1000);
    void reply.header('set-cookie', sessionCookie(opened.token, maxAge, this.cookieOptions)).header('cache-control', 'no-store');
    return { user: opened.caller, csrfToken: csrfTokenOf(opened.token), expiresAt: opened.expiresAt };
  }

  @Get()
  @PublicRoute()
  @ApiOkResponse({ type: ConsoleSessionResponse, description: 'the session of this cookie' })
  @ApiUnauthorizedResponse({ description: 'no live session: never signed in, signed out, expired, or its key was revoked' })
  current(@Headers('cookie') cookie: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): ConsoleSessionResponse {
    const token = sessionTokenOf(cookie);
    const session = token ? this.sessions.find(token) : null;
    if (!token || !session) throw new DomainError('unauthenticated', 'No console session: sign in with an API key');
    void reply.header('cache-control', 'no-store');
    return { user: session.caller, csrfToken: csrfTokenOf(token), expiresAt: session.expiresAt };
  }

  @Delete()
  @PublicRoute()
  @HttpCode(204)
  @ApiHeader({ name: 'X-CSRF-Token', required: false, description: 'the session\'s token; needed when the cookie names a live session' })
  @ApiNoContentResponse({ description: 'signed out (also when there was no live session); the cookie is cleared' })
  @ApiForbiddenResponse({ description: 'a live session without its X-CSRF-Token' })
  signOut(@Headers() headers: Record<string, string | undefined>, @Res({ passthrough: true }) reply: FastifyReply): void {
    const token = sessionTokenOf(headers.cookie);
    if (token && this.sessions.find(token)) {
      if (!csrfTokenMatches(headers[CSRF_HEADER], token)) {
        throw new DomainError('forbidden', 'Signing out needs the session\'s X-CSRF-Token header');
      }
      this.sessions.close(token);
    }
    void reply.header('set-cookie', clearedSessionCookie(this.cookieOptions));
  }
}
