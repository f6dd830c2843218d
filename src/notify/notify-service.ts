/** Notices to citizens, assembled: the event receiver, the log for staff, phone verification. */
import type { NotifyDeps } from './deps.js';
import { createNoticeLog } from './notice-log.js';
import { createPhoneVerifications } from './phone-verification.js';
import { createNoticeReceiver } from './receiver.js';
import { ConfigError } from '../platform/config.js';

/** Name of the notify module's in-process subscription (`inproc://notify`). */
export const NOTIFY_RECEIVER = 'notify';

/**
 * A production server that requires verified phones needs a gateway to send the codes: without
 * one no citizen could book a pickup, so the start is refused. Everything else may fall back to
 * the log channel.
 */
export function checkNotifyConfig(config: { env: string; phoneVerification: 'required' | 'off'; smsGateway: unknown }): void {
  if (config.env === 'production' && config.phoneVerification === 'required' && config.smsGateway === null) {
    throw new ConfigError('SMS_GATEWAY_URL', 'is required when NODE_ENV=production and PHONE_VERIFICATION=required');
  }
}

export function createNotifyService(deps: NotifyDeps) {
  return {
    receive: createNoticeReceiver(deps),
    notices: createNoticeLog(deps.db),
    phoneVerifications: createPhoneVerifications(deps),
  };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
