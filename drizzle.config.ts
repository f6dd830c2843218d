import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema; they are committed and reviewed like code.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/catalog/catalog.schema.ts', './src/admin/admin.schema.ts', './src/postal/postal.schema.ts', './src/desk/desk.schema.ts', './src/exchange/exchange.schema.ts', './src/notify/notify.schema.ts', './src/reports/reports.schema.ts'],
  out: './migrations',
});
