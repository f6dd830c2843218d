/**
 * Words of the "how it works" page. Everything stated here comes from Decision 45/2016/QĐ-TTg,
 * Circular 17/2017/TT-BTTTT (../shared/mission/law/) and the domain notes; the page says nothing
 * the law or the product does not. Lists are keyed objects, so English cannot drop an item.
 */
import type { ServiceForm } from '../../../domain/postal-item/pickup.js';

const vi = {
  title: 'Làm thủ tục qua bưu điện: hướng dẫn',
  lead: 'Bưu điện nhận hồ sơ thủ tục hành chính của bạn tại nhà hoặc tại bưu cục, chuyển đến cơ quan có thẩm quyền, rồi mang kết quả về cho bạn. Trang này giải thích từng bước, phải chuẩn bị gì và trả tiền thế nào.',
  formsTitle: 'Ba hình thức sử dụng dịch vụ',
  formsIntro: 'Với mỗi hồ sơ, bạn chọn một trong ba hình thức (Quyết định 45/2016/QĐ-TTg, Điều 5):',
  forms: {
    'send-dossier': {
      title: 'Gửi hồ sơ qua bưu điện',
      text: 'Bưu điện nhận hồ sơ và chuyển đến cơ quan giải quyết. Bạn nhận kết quả theo cách khác, ví dụ trực tiếp tại bộ phận một cửa.',
    },
    'receive-result': {
      title: 'Nhận kết quả qua bưu điện',
      text: 'Bạn nộp hồ sơ trực tiếp hoặc trực tuyến và đăng ký nhận kết quả qua bưu điện. Bưu điện nhận kết quả tại cơ quan và phát đến địa chỉ của bạn.',
    },
    both: {
      title: 'Cả gửi hồ sơ và nhận kết quả',
      text: 'Bưu điện lo cả hai chiều: bạn không phải đến cơ quan nhà nước lần nào.',
    },
  } satisfies Record<ServiceForm, { title: string; text: string }>,
  sendTitle: 'Gửi hồ sơ: các bước',
  sendSteps: {
    find: {
      title: 'Tìm thủ tục và chuẩn bị giấy tờ',
      text: 'Trang của mỗi thủ tục ghi đủ giấy tờ phải nộp, giấy tờ phải xuất trình, phí, lệ phí và thời gian giải quyết; có thể tải hồ sơ mẫu và biểu mẫu nếu đã có.',
    },
    book: {
      title: 'Đặt lịch, hoặc mang hồ sơ ra bưu cục',
      text: 'Đặt lịch trên trang này để bưu tá đến địa chỉ của bạn, hoặc mang hồ sơ đến bất kỳ bưu cục, điểm Bưu điện Văn hóa xã nào trong tỉnh.',
    },
    check: {
      title: 'Cùng bưu tá kiểm đếm hồ sơ',
      text: 'Bưu tá cùng bạn đối chiếu từng giấy tờ với danh mục đã công bố của thủ tục. Nếu còn thiếu, bưu tá hướng dẫn bạn bổ sung cho đủ.',
    },
    sign: {
      title: 'Ký phiếu gửi hồ sơ',
      text: 'Bưu tá lập danh mục giấy tờ trong hồ sơ, ghi rõ bản chính, bản sao; bạn và bưu tá cùng ký vào phiếu gửi hồ sơ. Phiếu gửi hồ sơ có giá trị như hợp đồng giữa bạn và bưu điện.',
    },
    seal: {
      title: 'Đóng gói, niêm phong và trả tiền',
      text: 'Bưu tá đóng gói, niêm phong hồ sơ trước mặt bạn, thu cước và, nếu bạn nhờ, thu phí, lệ phí của thủ tục kèm chứng từ thu tiền.',
    },
    handOver: {
      title: 'Bưu điện giao hồ sơ cho cơ quan',
      text: 'Tại bộ phận một cửa, bưu tá và cán bộ tiếp nhận kiểm đếm lại và cùng ký biên bản giao nhận. Thời điểm ký biên bản này là thời điểm hồ sơ của bạn được tính là đã nộp.',
    },
    appointment: {
      title: 'Bạn được báo ngày hẹn trả kết quả',
      text: 'Bưu điện nhận thông tin hoặc giấy hẹn trả kết quả từ cơ quan và báo lại cho bạn.',
    },
  },
  receiveTitle: 'Nhận kết quả: các bước',
  receiveSteps: {
    ready: {
      title: 'Cơ quan báo khi có kết quả',
      text: 'Khi giải quyết xong, cơ quan có thẩm quyền báo cho bạn và cho bưu điện, bằng tin nhắn, thư điện tử hoặc cách khác.',
    },
    collect: {
      title: 'Bưu điện nhận kết quả tại cơ quan',
      text: 'Bưu tá và cán bộ của cơ quan kiểm đếm kết quả cùng các bản chính phải trả lại cho bạn, ký giao nhận, rồi đóng gói, niêm phong.',
    },
    deliver: {
      title: 'Bưu tá phát đến địa chỉ của bạn',
      text: 'Người nhận xuất trình căn cước công dân, thẻ căn cước hoặc hộ chiếu; người nhận thay cần thêm giấy ủy quyền. Hai bên kiểm đếm và ký nhận.',
    },
    absent: {
      title: 'Nếu không ai nhận',
      text: 'Bưu tá mời bạn đến nhận ít nhất hai lần, mỗi lần cách nhau 2 ngày làm việc. Nếu vẫn không ai nhận, kết quả được chuyển lại cho cơ quan có thẩm quyền.',
    },
  },
  prepareTitle: 'Cần chuẩn bị gì',
  prepare: {
    documents: 'Đủ giấy tờ theo danh mục thành phần hồ sơ của thủ tục, đúng số bản chính, bản sao đã ghi.',
    shown: 'Giấy tờ phải xuất trình: xem trang thủ tục. Nhiều thủ tục yêu cầu gửi kèm bản sao có chứng thực khi nộp qua bưu điện, vì bạn không có mặt để xuất trình bản chính.',
    forms: 'Tờ khai, đơn theo mẫu đã điền và ký. Bưu tá mang theo biểu mẫu và hướng dẫn cách khai nếu bạn cần.',
    identity: 'Giấy tờ tùy thân để ghi thông tin người gửi, và số điện thoại để nhận tin báo về hồ sơ.',
    money: 'Tiền cước, và phí, lệ phí của thủ tục nếu bạn nhờ bưu điện nộp hộ.',
  },
  checkTitle: 'Bưu tá sẽ kiểm tra gì',
  checkIntro: 'Bưu tá không xét nội dung hồ sơ: việc đó do cơ quan giải quyết. Bưu tá kiểm tra để hồ sơ không bị trả lại vì thiếu giấy tờ:',
  checks: {
    list: 'Từng giấy tờ so với danh mục thành phần hồ sơ chính thức của thủ tục, như đã công bố trên Cơ sở dữ liệu quốc gia về thủ tục hành chính và tại nơi giải quyết.',
    originals: 'Bản chính hay bản sao, đúng số lượng; bản chính nào chỉ để xuất trình.',
    signatures: 'Chữ ký của bạn trên tờ khai, đơn và trên phiếu gửi hồ sơ.',
    incomplete: 'Hồ sơ còn thiếu giấy tờ bắt buộc thì chưa được nhận gửi: bưu tá giải thích còn thiếu gì và đưa bạn phiếu hướng dẫn ghi rõ những giấy tờ cần bổ sung.',
  },
  payTitle: 'Trả tiền thế nào',
  pay: {
    postage: 'Cước dịch vụ: trả bằng tiền mặt cho bưu tá, hoặc chuyển khoản: bưu tá cho bạn quét mã VietQR đã ghi sẵn số tiền bằng ứng dụng ngân hàng.',
    fees: 'Phí, lệ phí của thủ tục: nếu bạn nhờ, bưu điện thu hộ rồi nộp cho cơ quan giải quyết. Khoản thu hộ được ghi trên phiếu gửi hồ sơ, tách riêng với cước.',
    discounts: 'Một số người được miễn hoặc giảm 50% cước theo Thông tư 22/2017/TT-BTTTT: xem bảng giá.',
  },
  tariffsLink: 'Xem bảng giá và tính cước',
  followTitle: 'Theo dõi hồ sơ',
  follow: {
    page: 'Trên trang Tra cứu, nhập mã hồ sơ (in trên giấy tiếp nhận) hoặc số hiệu bưu gửi (13 ký tự, in trên phiếu gửi hồ sơ).',
    qr: 'Hoặc quét mã QR trên phiếu gửi hồ sơ: trang tra cứu mở sẵn hồ sơ của bạn.',
    privacy: 'Ai có mã cũng chỉ thấy tiến trình. Thông tin cá nhân (họ tên, địa chỉ) chỉ hiện khi nhập đúng 4 số cuối của số điện thoại đã đăng ký.',
  },
  trackingLink: 'Tra cứu hồ sơ',
  lawTitle: 'Căn cứ pháp lý',
  law: {
    decision45: 'Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.',
    circular17: 'Thông tư số 17/2017/TT-BTTTT ngày 23/6/2017 của Bộ Thông tin và Truyền thông quy định một số nội dung và biện pháp thi hành Quyết định số 45/2016/QĐ-TTg.',
    circular22: 'Thông tư số 22/2017/TT-BTTTT ngày 29/9/2017 của Bộ Thông tin và Truyền thông: giá cước tối đa và các đối tượng được miễn, giảm cước.',
    decree61: 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP.',
    decree118: 'Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia, áp dụng từ ngày 01/7/2025.',
  },
  nextTitle: 'Bắt đầu',
  proceduresLink: 'Tìm thủ tục',
  bookingLink: 'Đặt lịch bưu tá đến nhận hồ sơ',
};

const en: typeof vi = {
  title: 'Doing a procedure by post: how it works',
  lead: 'The post office takes the dossier of your administrative procedure at your home or at a post office, carries it to the competent agency and brings the result back to you. This page explains each step, what to prepare and how to pay.',
  formsTitle: 'Three ways to use the service',
  formsIntro: 'For each dossier you choose one of three forms (Decision 45/2016/QĐ-TTg, Article 5):',
  forms: {
    'send-dossier': {
      title: 'Send the dossier by post',
      text: 'The post office takes the dossier and carries it to the agency. You receive the result another way, for example in person at the one-stop desk.',
    },
    'receive-result': {
      title: 'Receive the result by post',
      text: 'You hand in the dossier in person or online and ask for the result by post. The post office collects the result from the agency and delivers it to your address.',
    },
    both: {
      title: 'Both: send the dossier and receive the result',
      text: 'The post office handles both ways: you never have to go to a government office.',
    },
  },
  sendTitle: 'Sending a dossier, step by step',
  sendSteps: {
    find: {
      title: 'Find the procedure and prepare the papers',
      text: 'Each procedure’s page lists the papers to hand in, the papers to show, the fees and the processing time; where available, you can download a sample dossier and the forms.',
    },
    book: {
      title: 'Book a pickup, or take the dossier to a post office',
      text: 'Book on this site and a postman comes to your address, or take the dossier to any post office or commune cultural post office in the province.',
    },
    check: {
      title: 'Check the dossier with the postman',
      text: 'The postman goes through each paper with you against the procedure’s published list. If something is missing, the postman tells you what to add.',
    },
    sign: {
      title: 'Sign the dossier slip',
      text: 'The postman lists the papers in the dossier, marking originals and copies, and you both sign the dossier slip (phiếu gửi hồ sơ). The slip is your contract with the post office.',
    },
    seal: {
      title: 'Seal and pay',
      text: 'The postman packs and seals the dossier in front of you, takes the postage and, if you ask, the procedure’s fees and charges, with a payment receipt.',
    },
    handOver: {
      title: 'The post office hands the dossier to the agency',
      text: 'At the one-stop desk, the postman and the receiving officer check the dossier again and both sign a handover record. The moment that record is signed is when your dossier counts as filed.',
    },
    appointment: {
      title: 'You are told the result date',
      text: 'The post office receives the result date or the appointment slip from the agency and passes it on to you.',
    },
  },
  receiveTitle: 'Receiving the result, step by step',
  receiveSteps: {
    ready: {
      title: 'The agency says when the result is ready',
      text: 'Once the procedure is done, the agency notifies you and the post office, by text message, email or otherwise.',
    },
    collect: {
      title: 'The post office collects the result',
      text: 'The postman and the agency’s officer check the result and any originals to be returned to you, sign for the handover, then pack and seal it.',
    },
    deliver: {
      title: 'The postman delivers to your address',
      text: 'The recipient shows a citizen identity card or passport; someone receiving on your behalf also needs a written authorisation. Both check the contents and sign.',
    },
    absent: {
      title: 'If nobody is in',
      text: 'The postman invites you to collect it at least twice, two working days apart. If nobody collects it, the result goes back to the agency.',
    },
  },
  prepareTitle: 'What to prepare',
  prepare: {
    documents: 'Every paper on the procedure’s list of dossier documents, with the number of originals and copies it states.',
    shown: 'Papers to be shown: see the procedure’s page. Many procedures ask for certified copies when the dossier goes by post, since you are not there to show the originals.',
    forms: 'The declaration or application forms, filled in and signed. The postman brings the forms and explains how to fill them in if you need.',
    identity: 'An identity paper for the sender’s details, and a phone number for news about your dossier.',
    money: 'The postage, plus the procedure’s fees and charges if you want the post office to pay them for you.',
  },
  checkTitle: 'What the postman checks',
  checkIntro: 'The postman does not judge the content of your dossier: that is the agency’s job. The check is there so the dossier is not sent back for a missing paper:',
  checks: {
    list: 'Each paper against the procedure’s official list of documents, as published in the National Database on Administrative Procedures and where the procedure is handled.',
    originals: 'Originals or copies, in the right numbers; which originals are only to be shown.',
    signatures: 'Your signature on the forms and on the dossier slip.',
    incomplete: 'A dossier missing a required paper is not taken: the postman explains what is missing and gives you a guidance slip listing the papers to add.',
  },
  payTitle: 'How to pay',
  pay: {
    postage: 'Postage: in cash to the postman, or by bank transfer: the postman shows you a VietQR code with the amount filled in, to scan with your banking app.',
    fees: 'The procedure’s fees and charges: if you ask, the post office collects them and pays them to the agency. The amount collected is shown on the dossier slip, apart from the postage.',
    discounts: 'Some people send free of charge or at half price under Circular 22/2017/TT-BTTTT: see the prices page.',
  },
  tariffsLink: 'See the prices and work out the cost',
  followTitle: 'Following your dossier',
  follow: {
    page: 'On the tracking page, enter the dossier code (printed on the receipt) or the postal item number (13 characters, printed on the dossier slip).',
    qr: 'Or scan the QR code on your dossier slip: the tracking page opens on your dossier.',
    privacy: 'Anyone with the code sees only the progress. Personal details (name, address) appear only after the last 4 digits of the registered phone number are entered.',
  },
  trackingLink: 'Track a dossier',
  lawTitle: 'Legal basis',
  law: {
    decision45:
      'Decision 45/2016/QĐ-TTg of 19 October 2016 of the Prime Minister on receiving dossiers and returning results of administrative procedures through the public postal service.',
    circular17: 'Circular 17/2017/TT-BTTTT of 23 June 2017 of the Ministry of Information and Communications, implementing Decision 45/2016/QĐ-TTg.',
    circular22: 'Circular 22/2017/TT-BTTTT of 29 September 2017 of the Ministry of Information and Communications: maximum prices and who sends free or at a reduced price.',
    decree61:
      'Decree 61/2018/NĐ-CP of 23 April 2018 of the Government on the one-stop and inter-agency one-stop mechanism for administrative procedures, as amended by Decree 107/2021/NĐ-CP.',
    decree118:
      'Decree 118/2025/NĐ-CP of the Government on carrying out administrative procedures under the one-stop mechanism at one-stop desks and on the National Public Service Portal, in force from 1 July 2025.',
  },
  nextTitle: 'Get started',
  proceduresLink: 'Find a procedure',
  bookingLink: 'Book a postman to collect your dossier',
};

export const text = { vi, en };
