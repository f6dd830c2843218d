/** CI entry point for the dependency rules (see scripts/dependency-rules.ts). */
import { checkDependencies } from './dependency-rules.js';

const violations = checkDependencies(process.cwd());
for (const v of violations) console.error(`${v.file}: imports ${v.imported} — ${v.rule}`);
if (violations.length > 0) {
  console.error(`${violations.length} dependency rule violation(s)`);
  process.exit(1);
}
console.log('dependency rules: ok');
