/**
 * Folding Vietnamese text for search and for ASCII fallbacks. People type without tone marks on
 * a phone ("dang ky khai sinh"), with them, or half and half; a search must find "Thủ tục đăng
 * ký khai sinh" from any of these. Pure and package-free: the web app runs the same function
 * on its side, so a result highlighted in the browser is the one the server found.
 */

/**
 * "Đ"/"đ" is a letter of its own, not "D" plus a mark, so Unicode decomposition leaves it alone:
 * it is mapped by hand. Everything else with a mark (ă â ê ô ơ ư and the five tones) decomposes
 * into a base letter and combining marks, which are dropped.
 */
const D_STROKE = /[đĐ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The text without tone marks and vowel marks, case kept: "Đăng ký" → "Dang ky". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, (d) => (d === 'đ' ? 'd' : 'D'))
    .normalize('NFC');
}

/**
 * The search form of a text: no marks, lower case, every run of punctuation and spaces one
 * space, trimmed. A dot between two digits is kept so that a procedure code ("1.001193")
 * stays one word.
 */
export function foldForSearch(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The words of a folded text. */
export function searchWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}
