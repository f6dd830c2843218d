export { dong, isDong, sumDong, formatDong, MoneyError } from './dong.js';
export type { Dong, MoneyErrorCode } from './dong.js';
export { dongInWords, integerInWords } from './in-words.js';
