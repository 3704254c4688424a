/**
 * The workflows' rules (scripts/workflow-rules.ts, issue 30, N6): the project's own files hold, and
 * each rule catches the shape the workflows had before (a signing key next to `npm ci`, write access
 * job-wide, the token kept in .git/config, actions by tag, store secrets outside an environment).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowProblems } from '@/scripts/workflow-rules';

const OLD_DATA = `
name: Publish data
on: { workflow_dispatch: {} }
permissions:
  contents: read
  pages: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: github-pages
    steps:
      - uses: actions/checkout@v4
      - run: npm ci --no-audit --no-fund
      - name: Sign the dataset
        env:
          DATASET_SIGNING_KEY: \${{ secrets.DATASET_SIGNING_KEY }}
        run: npm run dataset:publish -- site
      - uses: actions/deploy-pages@v4
`;

const OLD_RELEASE = `
name: Release
on: { push: { tags: ['v*'] } }
permissions:
  contents: write
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      TOKEN: \${{ secrets.CHROME_REFRESH_TOKEN }}
    steps:
      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262
      - run: npm ci
      - name: Submit
        env:
          CHROME_CLIENT_SECRET: \${{ secrets.CHROME_CLIENT_SECRET }}
        run: npx wxt submit
`;

describe('workflow rules', () => {
  it('the project\'s workflows hold', () => {
    const dir = '.github/workflows';
    for (const file of readdirSync(dir)) expect(workflowProblems(file, readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
  });

  it('catch a signing key next to npm, write access for every job, a kept token and actions by tag', () => {
    const problems = workflowProblems('data.yml', OLD_DATA);
    expect(problems).toEqual(
      expect.arrayContaining([
        'data.yml: the top-level permissions grant write to every job: grant it only to the job that needs it',
        'data.yml: job "publish": may write, and runs npm, npx or node: write from a job that installs and runs nothing of ours',
        'data.yml: job "publish": has a secret or may write, and installs packages with their install scripts: add --ignore-scripts',
        'data.yml: job "publish": has DATASET_SIGNING_KEY and runs npm or npx: sign in a job that installs nothing (node scripts/sign-dataset.mjs)',
        'data.yml: job "publish", step 1: actions/checkout@v4 is not pinned by a full commit SHA',
        'data.yml: job "publish", step 1: checkout keeps the git token in .git/config: set persist-credentials: false',
        'data.yml: job "publish", step 4: actions/deploy-pages@v4 is not pinned by a full commit SHA',
      ]),
    );
  });

  it('catch store secrets outside an environment, in a job\'s env, and with install scripts', () => {
    const problems = workflowProblems('release.yml', OLD_RELEASE);
    expect(problems).toEqual(
      expect.arrayContaining([
        'release.yml: job "release": a secret in the job\'s env reaches every step: put it in the step that needs it',
        'release.yml: job "release": uses secrets outside an environment: bind the job to one (its secrets and protection rules)',
        'release.yml: job "release": has a secret or may write, and installs packages with their install scripts: add --ignore-scripts',
      ]),
    );
    // Pinned by SHA: no complaint about that one.
    expect(problems.some((p) => p.includes('not pinned'))).toBe(false);
    expect(workflowProblems('x.yml', 'jobs: [')).toEqual([expect.stringMatching(/^x\.yml: not YAML/)]);
  });
});
