/**
 * The one error catalogue. Services throw `AppError` with a code from here; the HTTP edge maps
 * it once to RFC 9457 problem details. Partners integrate against these codes, so a code, once
 * published, keeps its meaning. A test checks that every code is documented in docs/ERRORS.md.
 */

export interface ErrorDefinition {
  status: number;
  vi: string;
  en: string;
}

export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request is not valid' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không đúng định dạng', en: 'The request is malformed' },
  POSTAL_ITEM_NUMBER_INVALID: { status: 400, vi: 'Số hiệu bưu gửi không hợp lệ', en: 'The postal item number is not valid' },
  TRACKING_CODE_INVALID: { status: 400, vi: 'Mã tra cứu không phải mã hồ sơ hay số hiệu bưu gửi hợp lệ', en: 'The tracking code is not a valid dossier code or item number' },
  TRACKING_PHONE_MISMATCH: { status: 403, vi: '4 chữ số cuối không khớp với số điện thoại đã đăng ký', en: 'The 4 digits do not match the phone on file' },
  TRACKING_NOT_FOUND: { status: 404, vi: 'Không có hồ sơ hoặc bưu gửi nào với mã này', en: 'No dossier or item with this code' },
  AUTH_REQUIRED: { status: 401, vi: 'Cần đăng nhập hoặc khoá API', en: 'Authentication is required' },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Đăng nhập không thành công',
    en: 'Sign-in failed',
  },
  API_KEY_INVALID: { status: 401, vi: 'Khoá API không hợp lệ hoặc đã bị thu hồi', en: 'The API key is not valid or was revoked' },
  FORBIDDEN: { status: 403, vi: 'Vai trò của bạn không được phép thực hiện việc này', en: 'Your role may not do this' },
  API_KEY_SCOPE_MISSING: { status: 403, vi: 'Khoá API không có phạm vi cần thiết', en: 'The API key lacks the required scope' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token)',
    en: 'Missing or wrong anti-forgery token (X-CSRF-Token)',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không có đường dẫn này', en: 'No such route' },
  PROCEDURE_NOT_FOUND: { status: 404, vi: 'Không có thủ tục hành chính này trong danh mục', en: 'No such administrative procedure in the catalogue' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  CONFLICT: { status: 409, vi: 'Xung đột với dữ liệu hiện có', en: 'Conflicts with existing data' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, vi: 'Thiếu tiêu đề Idempotency-Key', en: 'The Idempotency-Key header is required' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, vi: 'Khoá Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key reused with a different request' },
  INTAKE_INCOMPLETE: { status: 422, vi: 'Hồ sơ còn thiếu giấy tờ nên chưa được nhận gửi', en: 'The dossier lacks required documents and was not taken in' },
  PROCEDURE_NOT_BY_POST: { status: 422, vi: 'Thủ tục này không nhận hồ sơ qua dịch vụ bưu chính công ích', en: 'This procedure is not offered through the public postal service' },
  CUSTODY_CONFLICT: { status: 409, vi: 'Bưu gửi không ở đúng nơi hoặc trạng thái cho thao tác này', en: 'The item is not in the place or state this action needs' },
  RETURN_NOT_ALLOWED: { status: 409, vi: 'Chưa đủ số lần mời nhận để chuyển hoàn kết quả', en: 'Too few delivery invitations to return the result' },
  STATUS_UNMAPPED: { status: 422, vi: 'Mã trạng thái chưa được ánh xạ', en: 'The status code has no mapping' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  PHONE_CODE_WRONG: { status: 422, vi: 'Mã xác minh không đúng', en: 'The verification code is wrong' },
  PHONE_NOT_VERIFIED: { status: 422, vi: 'Số điện thoại chưa được xác minh', en: 'The phone number is not verified' },
  PHONE_VERIFICATION_EXPIRED: { status: 410, vi: 'Mã xác minh đã hết hạn, vui lòng yêu cầu mã mới', en: 'The verification code expired; ask for a new one' },
  PHONE_VERIFICATION_LOCKED: { status: 410, vi: 'Nhập sai mã quá số lần cho phép, vui lòng yêu cầu mã mới', en: 'Too many wrong codes; ask for a new one' },
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' },
  SMS_SEND_FAILED: { status: 503, vi: 'Chưa gửi được tin nhắn, vui lòng thử lại sau', en: 'The text message could not be sent; try again later' },
  DATABASE_UNAVAILABLE: { status: 503, vi: 'Cơ sở dữ liệu không phản hồi', en: 'The database does not answer' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface FieldError {
  /** Where the bad value was: a query parameter, a path parameter, a header or the body. */
  in: 'query' | 'path' | 'body' | 'header';
  name: string;
  vi: string;
  en: string;
}

/** A domain or application failure with a stable code; never carries internals to the client. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: { vi: string; en: string } | undefined;
  readonly fields: readonly FieldError[];
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    options: { detail?: { vi: string; en: string }; fields?: readonly FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(options.detail?.en ?? ERROR_CATALOGUE[code].en);
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
    this.fields = options.fields ?? [];
    this.extra = options.extra ?? {};
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}
