import type { TariffDiscount } from './types.js';

/**
 * Exemption and reduction categories of Circular 22/2017/TT-BTTTT (29/09/2017), as quoted by a
 * VNPT iGate page (see /work/shared/data/tariffs-notes.md §1). The letters follow the circular's
 * own lists: free (a)(b), 50 % (a)…(h) with Vietnamese "đ" after "d" and no "f".
 *
 * Data, not rules: a table lists the categories it honours, so a province or a later circular
 * can change them without code. These constants are what the sample table uses.
 */
export const CIRCULAR_22_2017_DISCOUNTS = [
  {
    category: 'pre-1945-revolutionary',
    percent: 100,
    nameVi: 'Người hoạt động cách mạng trước ngày 19/8/1945',
    nameEn: 'Revolutionary active before 19 August 1945',
    legalRef: 'TT 22/2017/TT-BTTTT, miễn cước, điểm a',
  },
  {
    category: 'heroic-mother',
    percent: 100,
    nameVi: 'Bà mẹ Việt Nam anh hùng',
    nameEn: 'Vietnamese Heroic Mother',
    legalRef: 'TT 22/2017/TT-BTTTT, miễn cước, điểm b',
  },
  {
    category: 'hero',
    percent: 50,
    nameVi: 'Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động',
    nameEn: "Hero of the People's Armed Forces, Hero of Labour",
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm a',
  },
  {
    category: 'war-invalid',
    percent: 50,
    nameVi: 'Thương binh, người hưởng chính sách như thương binh',
    nameEn: 'War invalid, or person with the benefits of a war invalid',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm b',
  },
  {
    category: 'sick-soldier',
    percent: 50,
    nameVi: 'Bệnh binh',
    nameEn: 'Sick soldier (bệnh binh)',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm c',
  },
  {
    category: 'chemical-exposure',
    percent: 50,
    nameVi: 'Người hoạt động kháng chiến bị nhiễm chất độc hóa học',
    nameEn: 'Resistance participant exposed to toxic chemicals',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm d',
  },
  {
    category: 'imprisoned-revolutionary',
    percent: 50,
    nameVi: 'Người hoạt động cách mạng, hoạt động kháng chiến bị địch bắt tù, đày',
    nameEn: 'Revolutionary or resistance participant imprisoned or exiled by the enemy',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm đ',
  },
  {
    category: 'martyr-family',
    percent: 50,
    nameVi: 'Vợ hoặc chồng, con đẻ, mẹ đẻ, bố đẻ của liệt sỹ',
    nameEn: 'Spouse, child or parent of a fallen soldier (liệt sỹ)',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm e',
  },
  {
    category: 'poor-household',
    percent: 50,
    nameVi: 'Người thuộc hộ nghèo',
    nameEn: 'Member of a poor household',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm g',
  },
  {
    category: 'especially-difficult-area',
    percent: 50,
    nameVi: 'Người dân ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
    nameEn: 'Resident of an area with especially difficult socio-economic conditions',
    legalRef: 'TT 22/2017/TT-BTTTT, giảm 50%, điểm h',
  },
] as const satisfies readonly TariffDiscount[];
