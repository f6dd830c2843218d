/**
 * Which current commune or ward an older address belongs to. Citizens still write addresses of
 * before the 2024 and 2025 mergers; the reference data gives, for each current unit, the names
 * of the units merged into it (free text, "Phường Tân Phú, Xã Tiến Hưng, Xã Tân Thành (thành phố
 * Đồng Xoài)"), not their codes. So an old unit is matched by its full name, with the tone marks
 * compared loosely (the 2026 list writes "Hoà" where older lists write "Hòa"), and a name that
 * several units share is told apart by the qualifier in brackets, which names the old district.
 */

export interface UnitRecordLike {
  code: string;
  fullName: string;
  parentCode: string | null;
  mergedFromText?: string | null;
}

export type Succession = { kind: 'current'; code: string } | { kind: 'merged'; code: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'unknown' };

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Lower case, no tone marks, single spaces: "Phường Hoà Bình" and "phường hòa bình" meet. */
export function looseName(text: string): string {
  return text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function parts(mergedFromText: string): Array<{ name: string; qualifier: string | null }> {
  return mergedFromText.split(/[,;]/u).map((p) => {
    const m = /^(.*?)\s*\((.*)\)\s*$/u.exec(p.trim());
    return m === null ? { name: looseName(p), qualifier: null } : { name: looseName(m[1] ?? ''), qualifier: looseName(m[2] ?? '') };
  });
}

/**
 * `current`: the units in force now; `old`: the unit as it was (any era); `oldParentName`: the
 * old district's full name, used only to tell apart two old units of the same name.
 */
export function currentUnitOf(code: string, current: readonly UnitRecordLike[], old: UnitRecordLike | undefined, oldParentName: string | null): Succession {
  if (current.some((u) => u.code === code)) return { kind: 'current', code };
  if (old === undefined) return { kind: 'unknown' };
  const wanted = looseName(old.fullName);
  const matches = current.filter((u) => u.mergedFromText != null && parts(u.mergedFromText).some((p) => p.name === wanted));
  if (matches.length === 1 && matches[0] !== undefined) return { kind: 'merged', code: matches[0].code };
  if (matches.length === 0) return { kind: 'unknown' };
  if (oldParentName !== null) {
    const parent = looseName(oldParentName);
    const qualified = matches.filter((u) => parts(u.mergedFromText ?? '').some((p) => p.name === wanted && p.qualifier !== null && (parent.includes(p.qualifier) || p.qualifier.includes(parent.replace(/^(thành phố|huyện|thị xã|quận)\s+/u, '')))));
    if (qualified.length === 1 && qualified[0] !== undefined) return { kind: 'merged', code: qualified[0].code };
  }
  return { kind: 'ambiguous', candidates: matches.map((u) => u.code) };
}
