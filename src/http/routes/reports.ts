/**
 * Reports (issue 9): indicators by period with filters and groups, the list behind every
 * figure, CSV of any indicator table, the dashboard's trend and ranking, the post's periodic
 * report figures, report deadlines, and the projection's rebuild. Reads are scoped to the
 * reader's organisation subtree.
 */
import { type TSchema, Type } from 'typebox';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../../domain/reports/record-kinds.js';
import { GROUP_BYS, MEASURE_IDS, MEASURE_INFO } from '../../domain/reports/measures.js';
import { PERIOD_KEY_PATTERN } from '../../domain/reports/periods.js';
import { DIFFICULTY_STATUSES } from '../../domain/reports/follow-up.js';
import { NO_GROUP, RANKING_METRICS } from '../../reports/indicators.js';
import type { ReportsService } from '../../reports/reports-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const PeriodKey = Type.String({ pattern: PERIOD_KEY_PATTERN, description: 'A year (2025), half-year (2025-H1), quarter (2025-Q3) or month (2025-07), in Vietnam time' });
export const Day = Type.String({ format: 'date' });
export const OrgRef = Type.Object({ id: Type.String({ format: 'uuid' }), code: Type.String(), name: Type.String() });
export const Person = Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() });
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
};
export const pageOf = <T extends TSchema>(item: T) => Type.Object({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(item) });

const PeriodView = Type.Object({
  key: Type.String(),
  kind: stringEnum(['month', 'quarter', 'half-year', 'year'] as const),
  first: Day,
  last: Day,
  label: Type.Object({ vi: Type.String(), en: Type.String() }),
});

const filterQuery = {
  procedureCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  field: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Field (lĩnh vực) as the catalogue writes it' })),
  agencyCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'An organisation code; the organisation and everything under it are counted' })),
  unitCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,5}$', description: 'Administrative unit code' })),
  unitBasis: Type.Optional(stringEnum(['current', 'at-filing'] as const, { description: 'current (default): the unit the address belongs to today; at-filing: the unit it belonged to when the dossier was filed' })),
};
const Filters = Type.Object({
  procedureCode: Type.Optional(Type.String()),
  field: Type.Optional(Type.String()),
  agencyCode: Type.Optional(Type.String()),
  unitCode: Type.Optional(Type.String()),
  unitBasis: Type.Optional(Type.String()),
});

const Counts = Type.Object(Object.fromEntries(MEASURE_IDS.map((id) => [id, Type.Integer({ description: `${MEASURE_INFO[id].en} (${MEASURE_INFO[id].vi})` })])), { description: 'Every figure by its measure id (GET /api/v1/reports/measures)' });
const Ratio = Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'null when there was nothing to divide by' }));
const Figures = Type.Object({
  dossiers: Type.Object({ total: Type.Integer(), inPerson: Type.Integer(), online: Type.Integer(), postal: Type.Integer(), unknownChannel: Type.Integer() }),
  postalShare: Type.Object({ eligible: Type.Integer(), byPost: Type.Integer(), ratio: Ratio, targetPercent: Type.Integer(), meetsTarget: Nullable(Type.Boolean()), shortfall: Type.Integer() }),
  results: Type.Object({ byPostRequested: Type.Integer(), deliveredByPost: Type.Integer(), handedToPost: Type.Integer() }),
  processing: Type.Object({ onTime: Type.Integer(), late: Type.Integer(), open: Type.Integer(), onTimeRatio: Ratio }),
  transit: Type.Object({ itemsTakenIn: Type.Integer(), onTime: Type.Integer(), late: Type.Integer(), inTransit: Type.Integer(), onTimeRatio: Ratio }),
  deliveries: Type.Object({ failedAttempts: Type.Integer(), itemsWithFailure: Type.Integer(), returnedToAgency: Type.Integer() }),
  lostOrDamaged: Type.Integer(),
  fees: Type.Object({ collected: Type.Integer(), remitted: Type.Integer(), notYetRemitted: Type.Integer() }),
  postageRevenue: Type.Integer(),
  complaints: Type.Object({ received: Type.Integer(), resolved: Type.Integer(), compensation: Type.Integer() }),
  assistedFilings: Type.Object({ total: Type.Integer(), submitted: Type.Integer() }),
  training: Type.Object({ records: Type.Integer(), staff: Type.Integer() }),
  difficulties: Type.Object({ reported: Type.Integer(), answered: Type.Integer() }),
});
const Group = Type.Object({ key: Nullable(Type.String()), label: Nullable(Type.String()), counts: Counts, figures: Figures });
const IndicatorTable = Type.Object({
  period: PeriodView,
  groupBy: stringEnum(GROUP_BYS),
  filters: Filters,
  asOf: Type.String({ format: 'date-time', description: 'Open dossiers are judged late or not at this moment' }),
  targetPercent: Type.Integer(),
  totals: Group,
  groups: Type.Array(Group),
});

const IndicatorQuery = Type.Object(
  { period: PeriodKey, groupBy: Type.Optional(stringEnum(GROUP_BYS, { description: 'unit: the unit an address belongs to today; unit-at-filing: the one it belonged to when filed' })), ...filterQuery },
  { additionalProperties: false },
);

export const CaseItem = Type.Object({
  caseKey: Type.String(),
  dossierCode: Nullable(Type.String()),
  itemNumber: Nullable(Type.String()),
  procedureCode: Type.String(),
  field: Nullable(Type.String()),
  agency: Nullable(OrgRef),
  postOffice: Nullable(OrgRef),
  unitCodeAtFiling: Nullable(Type.String()),
  currentUnitCode: Nullable(Type.String()),
  channel: stringEnum(['in-person', 'online', 'postal', 'unknown'] as const),
  sentByPost: Type.Boolean(),
  resultByPost: Type.Boolean(),
  filedAt: Nullable(Type.String()),
  dueAt: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  decision: Nullable(stringEnum(['result', 'refused', 'stopped', 'withdrawn'] as const)),
  resultHandedToPostAt: Nullable(Type.String()),
  deliveredByPostAt: Nullable(Type.String()),
  deliveryFailures: Type.Integer(),
  returnedToAgency: Type.Boolean(),
  takenInAt: Nullable(Type.String()),
  transitDueOn: Nullable(Type.String()),
  arrivedOn: Nullable(Type.String()),
  feesCollected: Type.Integer(),
  feesRemitted: Type.Integer(),
  postage: Type.Integer(),
  lostOrDamaged: Type.Boolean(),
  status: Nullable(Type.String()),
});
export const ComplaintItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  receivedOn: Day,
  channel: stringEnum(COMPLAINT_CHANNELS),
  category: stringEnum(COMPLAINT_CATEGORIES),
  dossierCode: Nullable(Type.String()),
  itemNumber: Nullable(Type.String()),
  procedureCode: Nullable(Type.String()),
  agency: Nullable(OrgRef),
  unitCode: Nullable(Type.String()),
  organisation: Nullable(OrgRef),
  summary: Type.String(),
  status: stringEnum(COMPLAINT_STATUSES),
  resolution: Nullable(Type.String()),
  resolvedOn: Nullable(Day),
  compensation: Type.Integer({ description: 'đồng' }),
  recordedAt: Type.String({ format: 'date-time' }),
});
const AssistedItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  at: Type.String({ format: 'date-time' }),
  procedureCode: Type.String(),
  organisation: Nullable(OrgRef),
  staffId: Type.String({ format: 'uuid' }),
  outcome: stringEnum(['submitted', 'not-completed'] as const),
  onlineDossierCode: Nullable(Type.String()),
});
export const TrainingItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  staff: Person,
  organisation: Nullable(OrgRef),
  procedureCodes: Type.Array(Type.String()),
  course: Type.String(),
  trainedOn: Day,
  trainer: Nullable(OrgRef),
  certificateRef: Nullable(Type.String()),
  recordedAt: Type.String({ format: 'date-time' }),
});
export const DifficultyItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  category: Type.String(),
  title: Type.String(),
  description: Type.String(),
  procedureCode: Nullable(Type.String()),
  unitCode: Nullable(Type.String()),
  dossierCode: Nullable(Type.String()),
  reportedBy: Person,
  organisation: Nullable(OrgRef),
  routedTo: Nullable(OrgRef),
  status: stringEnum(DIFFICULTY_STATUSES),
  reportedAt: Type.String({ format: 'date-time' }),
  answer: Nullable(Type.String()),
  answeredBy: Nullable(Person),
  answeredAt: Nullable(Type.String({ format: 'date-time' })),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
});

const DrillDown = Type.Object({
  measure: stringEnum(MEASURE_IDS),
  label: Type.Object({ vi: Type.String(), en: Type.String() }),
  period: PeriodView,
  groupBy: stringEnum(GROUP_BYS),
  groupKey: Type.Optional(Type.String()),
  value: Type.Integer({ description: 'The figure itself: a count, a sum (đồng, attempts) or a number of people' }),
  total: Type.Integer({ description: 'Records behind the figure' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  source: stringEnum(['cases', 'complaints', 'assisted-filings', 'training', 'difficulties'] as const),
  items: Type.Array(Type.Union([CaseItem, ComplaintItem, AssistedItem, TrainingItem, DifficultyItem]), { description: 'Dossiers and items (source cases) or the records of the source' }),
});

const Deadline = Type.Object({
  kind: Type.String(),
  label: Type.Object({ vi: Type.String(), en: Type.String() }),
  side: stringEnum(['government', 'postal'] as const),
  recipient: Type.String(),
  confirmed: Type.Boolean({ description: 'false: the day is a setting, not found in a legal text' }),
  period: PeriodView,
  dueOn: Day,
  daysLeft: Type.Integer({ description: 'Negative once the day has passed' }),
  state: stringEnum(['submitted', 'overdue', 'due-soon', 'upcoming'] as const),
  submission: Nullable(Type.Object({ submittedOn: Day, reference: Nullable(Type.String()) })),
});

const read = { access: { permission: 'reports:read' as const } };

export function reportRoutes(app: App, deps: { reports: ReportsService }): void {
  const { indicators, deadlines, postalOperator } = deps.reports;

  app.get(
    '/api/v1/reports/measures',
    { config: read, schema: { tags: ['reports'], summary: 'Every figure the reports give, by measure id: what it counts and which date places it in a period', response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: stringEnum(MEASURE_IDS), source: Type.String(), basis: Type.String(), kind: Type.String(), vi: Type.String(), en: Type.String() })) }), ...errors } } },
    async () => ({ items: MEASURE_IDS.map((id) => ({ id, ...MEASURE_INFO[id] })) }),
  );

  app.get(
    '/api/v1/reports/indicators',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: 'The indicators of a period: dossiers by channel, the postal share against the target, results by post, on-time processing and transit, deliveries, fees, losses, complaints, assisted filings, training, difficulties; grouped and filtered',
        querystring: IndicatorQuery,
        response: { 200: IndicatorTable, ...errors },
      },
    },
    async (request) => indicators.indicators(accountOf(request), request.query),
  );

  app.get(
    '/api/v1/reports/indicators.csv',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: 'An indicator table as CSV (UTF-8 with BOM): one line per group, the totals last',
        querystring: Type.Object({ ...IndicatorQuery.properties, lang: Type.Optional(stringEnum(['vi', 'en'] as const, { description: 'Language of the headers (default vi)' })) }, { additionalProperties: false }),
        response: { 200: Type.String(), ...errors },
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const table = await indicators.indicators(accountOf(request), query);
      const name = `chi-tieu-${table.period.key}-${table.groupBy}.csv`;
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(indicators.tableCsv(table, lang ?? 'vi'));
    },
  );

  app.get(
    '/api/v1/reports/drill-down',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: 'The records behind one figure, a page at a time: as many as the figure counts',
        querystring: Type.Object(
          {
            measure: stringEnum(MEASURE_IDS),
            period: PeriodKey,
            groupBy: Type.Optional(stringEnum(GROUP_BYS)),
            groupKey: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: `The group's key as the indicators gave it; ${NO_GROUP} for records the dimension does not apply to` })),
            ...filterQuery,
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: DrillDown, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      return indicators.drillDown(accountOf(request), { ...query, page: page ?? 1, pageSize: pageSize ?? 50 });
    },
  );

  app.get(
    '/api/v1/reports/trend',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: 'The postal share month by month against the target (the dashboard trend)',
        querystring: Type.Object({ to: Type.Optional(Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'Last month (default: this month)' })), months: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 12 })), ...filterQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            targetPercent: Type.Integer(),
            filters: Filters,
            months: Type.Array(Type.Object({ month: Type.String(), label: Type.Object({ vi: Type.String(), en: Type.String() }), eligible: Type.Integer(), byPost: Type.Integer(), ratio: Ratio, meetsTarget: Nullable(Type.Boolean()) })),
          }),
          ...errors,
        },
      },
    },
    async (request) => indicators.trend(accountOf(request), request.query),
  );

  app.get(
    '/api/v1/reports/ranking',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: 'Units, agencies or procedures ranked by the postal share or an on-time ratio, best first',
        querystring: Type.Object(
          { period: PeriodKey, by: stringEnum(['unit', 'unit-at-filing', 'agency', 'procedure'] as const), metric: stringEnum(RANKING_METRICS), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })), ...filterQuery },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            period: PeriodView,
            by: Type.String(),
            metric: stringEnum(RANKING_METRICS),
            targetPercent: Nullable(Type.Integer()),
            asOf: Type.String({ format: 'date-time' }),
            items: Type.Array(Type.Object({ rank: Type.Integer(), key: Nullable(Type.String()), label: Nullable(Type.String()), numerator: Type.Integer(), denominator: Type.Integer(), ratio: Ratio })),
          }),
          ...errors,
        },
      },
    },
    async (request) => indicators.ranking(accountOf(request), request.query),
  );

  app.get(
    '/api/v1/reports/postal-operator',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: "The figures of the post's periodic report to the provincial department (volumes, revenue, complaints, losses, compensation) and its due date",
        querystring: Type.Object({ period: Type.String({ pattern: '^[0-9]{4}(-(Q[1-4]|H[1-2]))?$', description: 'A quarter, half-year or year' }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            period: PeriodView,
            report: Nullable(Type.Object({ kind: Type.String(), vi: Type.String(), en: Type.String(), recipient: Type.String() })),
            dueOn: Nullable(Day),
            deadline: Nullable(Type.Object({ state: Type.String(), daysLeft: Type.Integer() })),
            volumes: Type.Object({ dossiersTakenIn: Type.Integer(), resultsCarried: Type.Integer() }),
            transit: Type.Object({ onTime: Type.Integer(), late: Type.Integer() }),
            revenue: Type.Object({ postage: Type.Integer() }),
            fees: Type.Object({ collected: Type.Integer(), remitted: Type.Integer() }),
            complaints: Type.Object({ received: Type.Integer(), resolved: Type.Integer(), compensation: Type.Integer() }),
            losses: Type.Object({ itemsLostOrDamaged: Type.Integer(), lost: Type.Integer(), damaged: Type.Integer(), compensation: Type.Integer() }),
            compensationTotal: Type.Integer(),
            measures: Type.Record(Type.String(), Type.Integer()),
          }),
          ...errors,
        },
      },
    },
    async (request) => postalOperator.report(accountOf(request), request.query),
  );

  app.get(
    '/api/v1/reports/deadlines',
    {
      config: read,
      schema: {
        tags: ['reports'],
        summary: "Deadlines of the periodic reports (the Chairman's six-month and annual reports, the post's quarterly, half-year and annual ones): due in N days, due soon, overdue or sent",
        querystring: Type.Object({ today: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 200: Type.Object({ today: Day, leadDays: Type.Integer(), items: Type.Array(Deadline) }), ...errors },
      },
    },
    async (request) => deadlines.list(accountOf(request), request.query),
  );

  app.post(
    '/api/v1/reports/submissions',
    {
      config: { access: { permission: 'reports:submit' } },
      schema: {
        tags: ['reports'],
        summary: 'Record that a periodic report was sent: its deadline is no longer flagged (the post records its own reports, the government side the Chairman’s)',
        body: Type.Object({ kind: Type.String({ minLength: 1, maxLength: 60 }), period: PeriodKey, submittedOn: Day, reference: Type.Optional(Type.String({ maxLength: 200, description: 'Number of the report document' })) }, { additionalProperties: false }),
        response: { 201: Deadline, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await deadlines.markSubmitted(accountOf(request), request.body, requestContext(request))),
  );

  app.post(
    '/api/v1/reports/rebuild',
    {
      config: { access: { permission: 'reports:rebuild' } },
      schema: {
        tags: ['reports'],
        summary: 'Rebuild the reporting projection from the event log and the owners’ tables (also `npm run reports:rebuild`); reports wait for it',
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: { 200: Type.Object({ rows: Type.Integer(), ms: Type.Integer() }), ...errors },
      },
    },
    async (request) => deps.reports.rebuild(accountOf(request), requestContext(request)),
  );
}
