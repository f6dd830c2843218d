export { AgencyCode, MAX_DAILY_SEQUENCE, formatDossierCode, parseAgencyCode, parseDossierCode } from './dossier-code.js';
export type { DossierCode, ParsedDossierCode, ReceivedOn } from './dossier-code.js';
export { DossierCodeError } from './errors.js';
export type { DossierCodeErrorCode } from './errors.js';
export {
  ACTION_RESULT,
  ACTION_ROLES,
  ALLOWED_ACTIONS,
  DOSSIER_ACTIONS,
  DOSSIER_ACTION_INFO,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_INFO,
  FINAL_DOSSIER_STATUSES,
  INITIAL_DOSSIER_STATUS,
  ONCE_PER_DOSSIER,
  applyAction,
  availableActions,
  isFinalStatus,
  replayActions,
} from './lifecycle.js';
export type {
  ApplyActionResult,
  DossierAction,
  DossierStatus,
  RecordedAction,
  ReplayResult,
} from './lifecycle.js';
export {
  CHANNELS,
  CHANNEL_CODE,
  NATIONAL_STATUS_CODE,
  NATIONAL_STATUS_INFO,
  RESULT_METHODS,
  RESULT_METHOD_CODE,
  channelFromCode,
  formatPortalDateTime,
  parsePortalDateTime,
  resultMethodFromCode,
} from './national-portal.js';
export type { Channel, NationalStatusCode, ResultMethod } from './national-portal.js';
