/**
 * Pure domain rules, measured in-process: due dates, lunar conversion, S10 validation, quotes.
 * Usage: npx tsx bench/domain.ts
 */
import { performance } from 'node:perf_hooks';
import { OFFICIAL_SCHEDULE_2026, calendarYears } from '../src/domain/calendar/holidays.js';
import { solarToLunar } from '../src/domain/calendar/lunar.js';
import { createWorkingCalendar } from '../src/domain/calendar/working-time.js';
import { validateS10 } from '../src/domain/postal-item/s10.js';
import { quote } from '../src/domain/tariff/quote.js';
import { SAMPLE_TARIFF_DA_NANG_2021 } from '../src/domain/tariff/sample-da-nang-2021.js';
import { addDays, parsePlainDate } from '../src/domain/time/plain-date.js';

function measure(name: string, iterations: number, run: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(1000, iterations); i += 1) run(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) run(i);
  const ms = performance.now() - start;
  console.log(`${name.padEnd(44)} ${iterations.toLocaleString('en').padStart(9)} ops  ${((iterations / ms) * 1000).toFixed(0).padStart(9)} ops/s  ${((ms * 1000) / iterations).toFixed(2).padStart(7)} µs/op`);
}

const calendar = createWorkingCalendar({ years: calendarYears([OFFICIAL_SCHEDULE_2026]) });
const base = Date.parse('2026-01-01T01:00:00Z');
measure('due date, 5 working days', 100_000, (i) => calendar.dueDate(new Date(base + (i % 5000) * 3_600_000), { workingDays: 5 }));
measure('due date, 60 working days', 20_000, (i) => calendar.dueDate(new Date(base + (i % 5000) * 3_600_000), { workingDays: 60 }));
const day0 = parsePlainDate('1900-01-01');
measure('solar → lunar date', 100_000, (i) => solarToLunar(addDays(day0, i % 73_000)));
measure('S10 validation', 500_000, (i) => validateS10(i % 2 === 0 ? 'RR473124829VN' : 'RR473124823VN'));
measure('tariff quote (both, fees, discount)', 200_000, (i) =>
  quote(SAMPLE_TARIFF_DA_NANG_2021, { direction: 'both', zone: 'intra-province', weightGrams: 100 + (i % 2000), collectFees: true, discount: 'poor-household' }),
);
