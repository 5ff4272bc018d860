// Prints the four category scores of a Lighthouse JSON report, and every audit that cost points in a category
// under its target (100; performance 95), so the report says what to fix.
//   node scores.mjs NAME REPORT.json
import { readFileSync } from 'node:fs';

const [name, file] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
const order = ['performance', 'accessibility', 'best-practices', 'seo'];
const target = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const score = (id) => {
  const c = report.categories[id];
  return c && c.score !== null ? Math.round(c.score * 100) : 'n/a';
};
console.log([name, ...order.map(score)].join('\t'));
if (report.runtimeError) console.log(`  runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
for (const id of order) {
  const s = score(id);
  if (typeof s !== 'number' || s >= target[id]) continue;
  for (const ref of report.categories[id].auditRefs) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`  ${id} -${ref.weight}w: ${ref.id} score ${audit.score}${value}: ${audit.title}`);
    }
  }
}
