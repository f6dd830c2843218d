/**
 * Vietnamese, the default language and the reference table: its shape is the type every other
 * language must fill (see `Messages`), so a text added here and forgotten in English does not
 * compile. Texts that take values are functions, so a translation cannot drop a parameter.
 */
import type { QuoteDirection } from '../../domain/tariff/index.js';

export const vi = {
  site: {
    name: 'Hồ sơ qua bưu điện',
    tagline: 'Dịch vụ bưu chính công ích trong thủ tục hành chính',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNavigation: 'Điều hướng chính',
    navHome: 'Trang chủ',
    navProcedures: 'Thủ tục',
    navTariffs: 'Bảng giá',
    navBooking: 'Đặt lịch',
    navTracking: 'Tra cứu',
    loading: 'Đang tải…',
    navStaff: 'Cán bộ',
    /** Names the group of language buttons; the buttons name each language in itself. */
    switchLanguageLabel: 'Chọn ngôn ngữ',
    pageTitle: (page: string) => `${page} · Hồ sơ qua bưu điện`,
  },
  footer: {
    dataSources:
      'Dữ liệu mẫu: đơn vị hành chính theo Tổng cục Thống kê (qua bộ dữ liệu vietnamese-provinces-database, giấy phép MIT, © 2021 Thang Le Quoc); thủ tục hành chính mẫu từ Cổng Dịch vụ công quốc gia; bảng cước mẫu theo giá công bố tại Đà Nẵng và Khánh Hòa.',
    apiDocs: 'Tài liệu API cho hệ thống kết nối',
  },
  home: {
    title: 'Nộp hồ sơ và nhận kết quả thủ tục hành chính qua bưu điện',
    lead: 'Không cần đến bộ phận một cửa: bưu điện nhận hồ sơ thủ tục hành chính của bạn, chuyển đến cơ quan có thẩm quyền và mang kết quả về tận nhà.',
    bookingCta: 'Đặt lịch bưu tá đến nhận hồ sơ',
    trackingCta: 'Tra cứu hồ sơ',
    searchTitle: 'Tìm thủ tục làm qua bưu điện',
    searchLabel: 'Tên hoặc mã thủ tục',
    searchHint: 'Ví dụ: khai sinh, đăng ký kết hôn. Gõ không dấu cũng được.',
    searchButton: 'Tìm thủ tục',
    allProcedures: 'Xem danh sách thủ tục',
    howLink: 'Xem hướng dẫn chi tiết: chuẩn bị gì, bưu tá kiểm tra gì, trả tiền thế nào',
    tariffsTitle: 'Giá cước',
    tariffsText: 'Cước tính theo khoảng cách và khối lượng hồ sơ; một số người được miễn hoặc giảm cước.',
    tariffsLink: 'Xem bảng giá và tính cước',
    howTitle: 'Dịch vụ hoạt động thế nào',
    steps: {
      handIn: {
        title: 'Nộp hồ sơ ở nơi thuận tiện',
        text: 'Bưu tá đến tận địa chỉ của bạn, mang theo biểu mẫu và hướng dẫn cách khai. Bạn cũng có thể đến bất kỳ bưu cục hay điểm Bưu điện Văn hóa xã nào trong tỉnh, không phụ thuộc nơi giải quyết thủ tục.',
      },
      check: {
        title: 'Hồ sơ được kiểm tra',
        text: 'Nhân viên bưu điện đối chiếu hồ sơ với danh mục thành phần hồ sơ chính thức của thủ tục, để hồ sơ không bị trả lại vì thiếu giấy tờ.',
      },
      fees: {
        title: 'Phí, lệ phí được thu hộ',
        text: 'Bưu điện có thể thu hộ phí, lệ phí của thủ tục và nộp cho cơ quan giải quyết, cùng với cước dịch vụ bưu chính.',
      },
      delivery: {
        title: 'Kết quả được phát tận nhà',
        text: 'Khi có kết quả, bưu điện nhận từ cơ quan giải quyết và phát đến đúng địa chỉ bạn đã đăng ký.',
      },
    },
    trackingNote: 'Bạn theo dõi được hồ sơ từ lúc bưu điện nhận đến lúc kết quả được phát cho bạn.',
    formsTitle: 'Ba hình thức sử dụng dịch vụ',
    /** Keyed by the tariff's directions: the three forms of Decision 45/2016, Art. 5(3). */
    forms: {
      pickup: {
        title: 'Gửi hồ sơ qua bưu điện',
        text: 'Bưu điện nhận hồ sơ tại nhà hoặc tại bưu cục và chuyển đến cơ quan giải quyết. Bạn nhận kết quả theo cách đã chọn với cơ quan đó.',
      },
      delivery: {
        title: 'Nhận kết quả qua bưu điện',
        text: 'Bạn nộp hồ sơ trực tiếp hoặc trực tuyến và đăng ký nhận kết quả qua bưu điện; kết quả được phát đến địa chỉ của bạn.',
      },
      both: {
        title: 'Cả gửi hồ sơ và nhận kết quả',
        text: 'Bưu điện lo cả hai chiều: bạn không phải đi lại lần nào.',
      },
    } satisfies Record<QuoteDirection, { title: string; text: string }>,
    staffTitle: 'Dành cho cán bộ',
    staffText: 'Bưu tá, giao dịch viên và cán bộ bộ phận một cửa đăng nhập để làm việc với hồ sơ.',
    staffLink: 'Đăng nhập cán bộ',
  },
  signIn: {
    title: 'Đăng nhập cán bộ',
    intro: 'Dành cho nhân viên bưu điện và cán bộ cơ quan nhà nước có tài khoản.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    sending: 'Đang đăng nhập…',
    usernameRequired: 'Hãy nhập tên đăng nhập.',
    passwordRequired: 'Hãy nhập mật khẩu.',
  },
  staff: {
    title: 'Trang làm việc của cán bộ',
    loading: 'Đang tải thông tin tài khoản…',
    greeting: (name: string) => `Xin chào, ${name}`,
    displayName: 'Họ và tên',
    username: 'Tên đăng nhập',
    role: 'Vai trò',
    organisation: 'Đơn vị công tác',
    sessionEnds: 'Phiên làm việc hết hạn lúc',
    signOut: 'Đăng xuất',
    accountLabel: 'Tài khoản đang đăng nhập',
    noWorkspace: 'Vai trò này làm việc qua giao diện lập trình (API), không có trang làm việc trên trình duyệt.',
    workspaceMissing: 'Trang làm việc của vai trò này chưa có trong phiên bản đang chạy.',
    signingOut: 'Đang đăng xuất…',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Địa chỉ này không có trang nào. Có thể đường dẫn đã cũ hoặc bị gõ sai.',
    home: 'Về trang chủ',
  },
  errors: {
    network: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.',
    unexpected: 'Máy chủ trả lời không như mong đợi. Hãy thử lại sau ít phút.',
  },
  /** Locale for dates and numbers (Intl). */
  locale: 'vi-VN',
};

/**
 * The type of every language's table. Strings widen to `string`; functions keep their
 * parameters; keyed groups (steps, service forms) keep their keys, so no item can be dropped.
 */
export type Messages = typeof vi;
