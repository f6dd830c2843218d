import { CIRCULAR_22_2017_DISCOUNTS } from './circular-22-2017.js';
import type { Direction, TariffRate, TariffTable, Zone } from './types.js';

/**
 * Columns of the Đà Nẵng table, in its order: nội quận/huyện, liên quận/huyện, (liên tỉnh) nội
 * vùng, (liên tỉnh) liên vùng. Literal indices keep the tuple look-ups below total.
 */
const COLUMNS = [
  [0, 'intra-district'],
  [1, 'intra-province'],
  [2, 'inter-province-near'],
  [3, 'inter-province-far'],
] as const satisfies ReadonlyArray<readonly [number, Zone]>;

type Row = readonly [number, number, number, number];

/** Rows as printed: up to 100 g, >100–250 g, >250–500 g, then each further 500 g. */
function ratesFrom(direction: Direction, [up100, up250, up500, per500]: readonly [Row, Row, Row, Row]): TariffRate[] {
  return COLUMNS.map(([i, zone]) => ({
    direction,
    zone,
    tiers: [
      { upToGrams: 100, price: up100[i] },
      { upToGrams: 250, price: up250[i] },
      { upToGrams: 500, price: up500[i] },
    ],
    extraPer500Grams: per500[i],
  }));
}

/**
 * SAMPLE ONLY, NOT ĐỒNG NAI PRICES. "Bảng cước dịch vụ tiếp nhận hồ sơ và trả kết quả giải quyết
 * thủ tục hành chính qua dịch vụ bưu chính công ích", attached to the agreement between Sở Ngoại
 * vụ and Bưu điện TP. Đà Nẵng of 20/4/2021 (đồng per dossier; whether VAT is included is not
 * stated). The fee-collection surcharge (8.000 đ) comes from a different province's notice
 * (Khánh Hòa), so the table mixes two sources; the discounts are Circular 22/2017's.
 * Transcribed from /work/shared/data/tariffs-notes.md §2–3.
 */
export const SAMPLE_TARIFF_DA_NANG_2021: TariffTable = {
  id: 'sample-da-nang-2021',
  nameVi: 'Bảng cước mẫu: Bưu điện TP. Đà Nẵng, 2021 (không phải giá của Đồng Nai)',
  nameEn: 'Sample tariff: Da Nang City Post, 2021 (not Dong Nai prices)',
  isSample: true,
  source:
    'Đà Nẵng, 20/4/2021: http://scedfa.com.vn/vn/tin-tuc-su-kien/b%E1%BA%A3ng-gi%C3%A1-c%E1%BB%A7a-t%E1%BB%95ng-c%C3%B4ng-ty-b%C6%B0u-%C4%91i%E1%BB%87n-vi%E1%BB%87t-nam/ ; ' +
    'phụ phí chuyển nộp lệ phí 8.000 đ (Khánh Hòa): http://www.vnpost.vn/en-us/bai-viet/chi-tiet/id/91010/key/cong-bo-gia-cuoc-tai-trung-tam-dich-vu-hanh-chinh-cong-truc-tuyen-tinh-khanh-hoa ; ' +
    'miễn giảm: Thông tư 22/2017/TT-BTTTT',
  validFrom: '2021-04-20',
  validTo: null,
  rates: [
    // 2.1 Nhận gửi hồ sơ (includes delivering the appointment slip).
    ...ratesFrom('pickup', [
      [26_000, 30_000, 30_500, 31_000],
      [26_000, 30_000, 31_000, 34_000],
      [26_500, 30_500, 32_500, 38_000],
      [2_200, 2_900, 3_600, 6_300],
    ]),
    // 2.2 Chuyển trả kết quả (includes returning revoked papers to the agency).
    ...ratesFrom('delivery', [
      [26_000, 30_000, 30_500, 31_000],
      [27_000, 31_000, 32_000, 35_000],
      [28_500, 32_500, 34_500, 40_000],
      [2_200, 2_900, 3_600, 6_300],
    ]),
  ],
  feeCollectionSurcharge: 8_000,
  discounts: CIRCULAR_22_2017_DISCOUNTS.map((d) => ({ ...d })),
};
