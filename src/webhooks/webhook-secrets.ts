import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings.js';
import { decryptSecret, deriveSecretBoxKey, encryptSecret } from './secret-box.js';

/**
 * Used when WEBHOOK_SECRET_KEY is unset outside production. It is in the source, so it protects
 * nothing: fine for development and tests, never for real subscriptions (production refuses to start).
 */
const DEVELOPMENT_KEY_MATERIAL = 'claimdesk-development-only-webhook-secret-key-do-not-use';

/** Seals subscription secrets at rest; the subscription id is the associated data. */
@Injectable()
export class WebhookSecrets implements OnModuleInit {
  private readonly logger = new Logger(WebhookSecrets.name);
  private readonly key: Buffer;
  readonly usingDevelopmentKey: boolean;

  constructor(@Inject(SETTINGS) settings: Settings) {
    const material = settings.webhooks.secretKey;
    if (material === null && settings.env === 'production') {
      throw new Error('WEBHOOK_SECRET_KEY is required when NODE_ENV=production');
    }
    this.usingDevelopmentKey = material === null;
    this.key = deriveSecretBoxKey(material ?? DEVELOPMENT_KEY_MATERIAL);
  }

  onModuleInit(): void {
    if (this.usingDevelopmentKey) {
      this.logger.warn(
        '!!! WEBHOOK_SECRET_KEY is not set: webhook secrets are encrypted with a built-in DEVELOPMENT key that ' +
          'anyone can read in the source. Set WEBHOOK_SECRET_KEY (e.g. `openssl rand -base64 32`) before storing ' +
          'real subscriptions; NODE_ENV=production refuses to start without it. !!!',
      );
    }
  }

  seal(secret: string, subscriptionId: string): string {
    return encryptSecret(secret, this.key, subscriptionId);
  }

  open(sealed: string, subscriptionId: string): string {
    return decryptSecret(sealed, this.key, subscriptionId);
  }
}
