/**
 * What the project's GitHub workflows must hold so that a dependency's code never meets a secret or
 * a write token (issue 30, N6; docs/releasing.md). Checked on every workflow file by `npm test`
 * (scripts/check-workflows.ts); pure, so tests/unit/workflow-rules.test.ts proves each rule fails.
 *
 * - Every action is pinned by a full commit SHA (a tag can be moved).
 * - No checkout keeps the git token in .git/config (`persist-credentials: false`).
 * - The workflow grants nothing by default (`permissions: {}` or read-only); a job that may write
 *   runs no npm, npx or node (it installs nothing and runs none of the project's code).
 * - Secrets appear only in a step's own `env`, in a job bound to an environment (whose protection
 *   rules a maintainer sets); DATASET_SIGNING_KEY only in a job that installs nothing (plain node).
 * - A job with a secret or a write permission installs packages only with `--ignore-scripts`.
 */
import { parse } from 'yaml';

type Permissions = string | Record<string, string> | undefined;
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Permissions;
  environment?: string | { name?: string };
  env?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  permissions?: Permissions;
  env?: Record<string, string>;
  jobs?: Record<string, Job>;
}

const writes = (permissions: Permissions) =>
  permissions === 'write-all' || (typeof permissions === 'object' && Object.values(permissions).some((level) => level === 'write'));
const mentionsSecret = (value: unknown) => JSON.stringify(value ?? '').includes('secrets.');
const runsPackages = (run: string) => /(^|[\s;&|(])(npm|npx|node)\s/m.test(run);

export function workflowProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  let workflow: Workflow;
  try {
    workflow = parse(text) as Workflow;
  } catch (error) {
    return [`${file}: not YAML: ${(error as Error).message}`];
  }
  const top = workflow.permissions;
  if (top === undefined) problems.push(`${file}: no top-level "permissions" (the default token can write): set "permissions: {}" and grant each job what it needs`);
  else if (writes(top)) problems.push(`${file}: the top-level permissions grant write to every job: grant it only to the job that needs it`);
  if (mentionsSecret(workflow.env)) problems.push(`${file}: a secret in the workflow's env reaches every step: put it in the one step that needs it`);

  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${file}: job "${name}"`;
    const steps = job.steps ?? [];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    const secretSteps = steps.filter((s) => mentionsSecret(s.env) || mentionsSecret(s.with));
    const writing = writes(job.permissions) || (job.permissions === undefined && writes(top));
    if (mentionsSecret(job.env)) problems.push(`${where}: a secret in the job's env reaches every step: put it in the step that needs it`);
    if (writing && runsPackages(runs)) problems.push(`${where}: may write, and runs npm, npx or node: write from a job that installs and runs nothing of ours`);
    if ((secretSteps.length || writing) && /npm (ci|install|i)\b(?![^\n]*--ignore-scripts)/.test(runs)) {
      problems.push(`${where}: has a secret or may write, and installs packages with their install scripts: add --ignore-scripts`);
    }
    if (secretSteps.length && !job.environment) problems.push(`${where}: uses secrets outside an environment: bind the job to one (its secrets and protection rules)`);
    if (steps.some((s) => JSON.stringify(s).includes('DATASET_SIGNING_KEY')) && /(^|[\s;&|(])(npm|npx)\s/m.test(runs)) {
      problems.push(`${where}: has DATASET_SIGNING_KEY and runs npm or npx: sign in a job that installs nothing (node scripts/sign-dataset.mjs)`);
    }
    steps.forEach((step, i) => {
      const label = `${where}, step ${step.name ? `"${step.name}"` : i + 1}`;
      if (step.uses && !step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses)) problems.push(`${label}: ${step.uses} is not pinned by a full commit SHA`);
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        problems.push(`${label}: checkout keeps the git token in .git/config: set persist-credentials: false`);
      }
    });
  }
  return problems;
}
