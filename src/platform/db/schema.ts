/** Every table, for Drizzle's typed queries and for drizzle-kit's migration generator. */
export * from '../../catalog/catalog.schema.js';
export * from '../../admin/admin.schema.js';
export * from '../../postal/postal.schema.js';
export * from '../../desk/desk.schema.js';
export * from '../../exchange/exchange.schema.js';
export * from '../../notify/notify.schema.js';
export * from '../../reports/reports.schema.js';
