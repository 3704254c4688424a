/**
 * `npm test`'s check of the GitHub Actions workflows (.github/workflows): each is valid against the
 * workflow schema (action-validator, from the registry), and every `npm run <script>` it calls is a
 * script of package.json, so a renamed script cannot break the release or the data publication
 * unnoticed; and each keeps its secrets and write tokens away from packages' code
 * (scripts/workflow-rules.ts). Prints one line per problem and exits non-zero on any.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowProblems } from './workflow-rules';

const DIR = '.github/workflows';
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const problems: string[] = [];
if (!['ci.yml', 'data.yml', 'release.yml'].every((f) => files.includes(f))) problems.push(`${DIR}: ci.yml, data.yml and release.yml are expected, found ${files.join(', ')}`);

for (const file of files) {
  const where = path.join(DIR, file);
  const result = spawnSync('npx', ['action-validator', where], { encoding: 'utf8' });
  if (result.status !== 0) problems.push(`${where}: not a valid workflow:\n${result.stdout}${result.stderr}`);
  const text = readFileSync(where, 'utf8');
  const called = new Set([...text.matchAll(/npm run (?:--silent )?([a-z][\w:-]*)/g)].map((m) => m[1]!));
  for (const name of called) if (!scripts.includes(name)) problems.push(`${where}: runs "npm run ${name}", which package.json does not define`);
  problems.push(...workflowProblems(where, text));
}
// The release must prove its keys published data (never skip that step); data is signed apart.
const release = readFileSync(path.join(DIR, 'release.yml'), 'utf8');
if (!/npm run release:check -- --published /.test(release) || release.includes('--skip-published')) {
  problems.push(`${DIR}/release.yml: must run "npm run release:check -- --published <the dataset now published>", never --skip-published`);
}
const data = readFileSync(path.join(DIR, 'data.yml'), 'utf8');
if (!data.includes('node scripts/sign-dataset.mjs') || !data.includes('--unsigned')) {
  problems.push(`${DIR}/data.yml: must write the dataset --unsigned and sign it with node scripts/sign-dataset.mjs in a job of its own`);
}
for (const problem of problems) console.error(problem);
console.log(problems.length ? `workflows: ${problems.length} problem(s)` : `workflows: ${files.join(', ')} valid, their npm scripts defined, secrets and write tokens kept from packages`);
process.exit(problems.length ? 1 : 0);
