export {
  S10_MAX_SERIAL,
  S10_WEIGHTS,
  S10Error,
  checkS10Range,
  formatS10,
  normaliseS10Input,
  s10CheckDigit,
  s10Parts,
  s10RangeSize,
  serialToS10,
  validateS10,
} from './s10.js';
export type {
  S10ErrorCode,
  S10Number,
  S10Parts,
  S10Problem,
  S10ProblemReason,
  S10Range,
  S10Validation,
  ValidateS10Options,
} from './s10.js';
export {
  CUSTODIAN_KINDS,
  CUSTODY_ENTRY_STATES,
  CUSTODY_STATES,
  CUSTODY_STATE_INFO,
  CUSTODY_TRANSITIONS,
  FINAL_CUSTODY_STATES,
  INITIAL_CUSTODY_STATE,
  custodianOf,
  transferCustody,
} from './custody.js';
export type { CustodianKind, CustodyState, CustodyTransferResult, Leg } from './custody.js';
