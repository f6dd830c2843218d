/**
 * "PHIẾU HƯỚNG DẪN BỔ SUNG HỒ SƠ": given instead of an intake slip when a required document is
 * missing. The post does not take an incomplete dossier (it would only be sent back by the
 * desk), so this slip says, in writing, that nothing was taken and what to bring next time.
 */
import { formatDateInWords, formatDateTime } from './format.js';
import { bulletList, field, heading, paragraph, section, signatureBoxes, title } from './layout.js';
import { renderPdf } from './pdf.js';

export interface GuidanceSlipView {
  issuedAt: Date;
  postOfficeName: string;
  staffName: string;
  applicantName: string;
  procedure: { code: string; name: string };
  /** Labels of the required documents that were not presented; at least one. */
  missing: string[];
}

export const GUIDANCE_SLIP_TITLE = 'PHIẾU HƯỚNG DẪN BỔ SUNG HỒ SƠ';

export async function renderGuidanceSlip(view: GuidanceSlipView): Promise<Buffer> {
  if (view.missing.length === 0) {
    // A guidance slip with nothing to add is a caller bug: the dossier should have been taken in.
    throw new RangeError('A guidance slip needs at least one missing document');
  }
  return renderPdf(
    {
      size: 'A5',
      title: 'Phiếu hướng dẫn bổ sung hồ sơ',
      subject: `Thủ tục ${view.procedure.code}`,
      createdAt: view.issuedAt,
      footer: `Phiếu hướng dẫn bổ sung hồ sơ · ${formatDateTime(view.issuedAt)}`,
    },
    (doc) => {
      heading(doc, { organisation: [view.postOfficeName], reference: null, national: true });
      title(doc, GUIDANCE_SLIP_TITLE);

      field(doc, 'Người gửi hồ sơ', view.applicantName);
      field(doc, 'Thủ tục hành chính', `${view.procedure.name} (mã ${view.procedure.code})`);
      field(doc, 'Thời gian', formatDateTime(view.issuedAt));
      field(doc, 'Bưu cục', view.postOfficeName);

      section(doc, 'Hồ sơ còn thiếu các giấy tờ sau:');
      bulletList(doc, view.missing);

      paragraph(doc, 'Bưu điện chưa tiếp nhận hồ sơ của Ông/Bà do hồ sơ chưa đủ thành phần theo quy định.', { bold: true });
      paragraph(
        doc,
        'Đề nghị Ông/Bà chuẩn bị đủ các giấy tờ nêu trên, sau đó mang hồ sơ đến bưu cục hoặc gọi bưu điện đến địa chỉ của mình để gửi lại hồ sơ. Phiếu này không có giá trị xác nhận đã nộp hồ sơ.',
        { align: 'justify' },
      );

      signatureBoxes(
        doc,
        [
          { role: 'NGƯỜI NHẬN PHIẾU', note: '(Ký, ghi rõ họ tên)', name: view.applicantName, image: null },
          { role: 'NHÂN VIÊN BƯU ĐIỆN', note: '(Ký, ghi rõ họ tên)', name: view.staffName, image: null },
        ],
        formatDateInWords(view.issuedAt),
      );
    },
  );
}
