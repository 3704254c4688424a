/**
 * `npm run data:summaries -- FILE… [--preset NAME] [--check]`
 *
 * Rewrites the `summary` and `involvement` of the companies whose files were made from the award
 * records (data/recipients.json) by `npm run data:new-companies`: one plain sentence on what their
 * largest awards buy (scripts/usaspending/summaries.ts) and their categories
 * (scripts/usaspending/involvement.ts, or the file's reviewed `involvementReview`). Companies from
 * the team's research (any entry whose `ref` is `facts.json#…`) keep their curated summary and
 * categories. Only those two fields change: every other field, and the file's formatting, stay as
 * they are, and a second run changes nothing. `--check` changes nothing and exits 1 when a file
 * would change. Prints what it did.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importFiles, RecipientMap, runCommand } from './usaspending/import';
import { companySummaries, rewriteFields } from './usaspending/summary-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { preset: { type: 'string' }, check: { type: 'boolean', default: false } },
});
if (!positionals.length) {
  console.error('usage: npm run data:summaries -- FILE… [--preset cbp-ice-dashboard] [--check]');
  process.exit(2);
}

await runCommand(async () => {
  const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
  const result = await importFiles(positionals, { recipients, preset: values.preset });
  const planned = companySummaries(result, recipients, (file) => readFileSync(file, 'utf8'));
  let changed = 0;
  for (const plan of planned) {
    if (plan.skipped) {
      console.log(`${plan.file}: ${plan.skipped}`);
      continue;
    }
    const text = readFileSync(plan.file, 'utf8');
    const next = rewriteFields(plan.file, text, { summary: plan.summary!, involvement: plan.involvement! });
    if (next === text) continue;
    changed += 1;
    if (values.check) console.log(`${plan.file}: would change`);
    else {
      writeFileSync(plan.file, next);
      console.log(`${plan.file}: ${plan.summary} [${plan.involvement!.join(', ')}]${plan.reviewedPhrase ? ' (reviewed phrase)' : ''}`);
    }
  }
  const rewritten = planned.filter((p) => !p.skipped).length;
  console.log(`\n${rewritten} award-record companies: ${changed} ${values.check ? 'would change' : 'rewritten'}, ${rewritten - changed} unchanged.`);
  if (values.check && changed) process.exit(1);
});
