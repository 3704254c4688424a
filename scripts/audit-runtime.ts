/**
 * `npm audit --omit=dev --audit-level=high` over what ships (the `dependencies` of package.json:
 * preact, idb, tldts, zod, the polyfill), as one check of `npm test`. The audit needs the registry's
 * advisory endpoint: when it cannot be reached, or the registry does not offer audits (a mirror
 * answering only GET, HTTP 405), the check is reported as skipped with the reason, not as failed,
 * so that `npm test` still runs offline. A high or critical finding fails it.
 *
 * Run alone: `npx tsx scripts/audit-runtime.ts` prints one line and exits 0 (passed or skipped) or 1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type AuditOutcome =
  | { result: 'passed'; line: string }
  | { result: 'failed'; line: string }
  | { result: 'skipped'; line: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>> };
  message?: string;
  statusCode?: number;
  error?: unknown;
}

/** Reads `npm audit --json` output: a report, or npm's description of why there is none. */
export function classifyAudit(stdout: string, exitCode: number | null): AuditOutcome {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { result: 'failed', line: `npm audit: unreadable output (exit ${exitCode}): ${stdout.slice(0, 200)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (counts) {
    const high = (counts.high ?? 0) + (counts.critical ?? 0);
    return high > 0
      ? { result: 'failed', line: `npm audit --omit=dev: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high vulnerabilities in runtime dependencies` }
      : { result: 'passed', line: `npm audit --omit=dev: no high or critical vulnerability in runtime dependencies (${counts.total ?? 0} lower)` };
  }
  if (json.error !== undefined || json.message) {
    // No report: the registry was not reached, or does not offer audits. Not a finding either way.
    const why = json.statusCode ? `the registry answered HTTP ${json.statusCode} to the audit request` : (json.message ?? 'no answer');
    return { result: 'skipped', line: `npm audit --omit=dev: SKIPPED, no audit report (${why}); runtime dependencies were not checked` };
  }
  return { result: 'failed', line: `npm audit: unexpected output (exit ${exitCode})` };
}

export function auditRuntime(env: NodeJS.ProcessEnv = process.env): AuditOutcome {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', env, timeout: 120_000 });
  if (run.error) return { result: 'skipped', line: `npm audit --omit=dev: SKIPPED, npm could not run (${run.error.message})` };
  return classifyAudit(run.stdout, run.status);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = auditRuntime();
  console.log(outcome.line);
  process.exit(outcome.result === 'failed' ? 1 : 0);
}
