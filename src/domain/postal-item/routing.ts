/**
 * Which one-stop desk a dossier goes to when the citizen does not choose one. The catalogue
 * says at which level a procedure is handled ("Cấp xã", "Cấp tỉnh", … as on the national
 * portal); since 1 July 2025 there is no district level, so a commune-level dossier goes to
 * the public service centre of the citizen's commune or ward, and a provincial one to the
 * province's centre. Since 2025 dossiers are boundary-free: a citizen may choose any desk
 * of the province, which the caller passes instead.
 */

export type DeskRoute = { level: 'commune'; unitCode: string } | { level: 'province'; unitCode: string } | { level: 'none' };

export function defaultDeskRoute(agencyLevels: readonly string[], communeCode: string, provinceCode: string): DeskRoute {
  const levels = agencyLevels.map((l) => l.normalize('NFC').toLowerCase());
  if (levels.some((l) => l.includes('cấp xã'))) return { level: 'commune', unitCode: communeCode };
  if (levels.some((l) => l.includes('cấp tỉnh'))) return { level: 'province', unitCode: provinceCode };
  return { level: 'none' };
}
