/**
 * `npm audit` over what ships, as one check of `npm test`: the packages a build's source maps name
 * (scripts/shipped-packages.ts: package.json's `dependencies`, and WXT's runtime, @wxt-dev/storage
 * and what they pull in, which `--omit=dev` would leave out). Only advisories against those packages
 * themselves count; a build tool's advisory (vite, esbuild) does not ship. The audit needs the registry's
 * advisory endpoint: when it cannot be reached, or the registry does not offer audits (a mirror
 * answering only GET, HTTP 405), the check is reported as skipped with the reason, not as failed,
 * so that `npm test` still runs offline. A high or critical finding fails it.
 *
 * Run alone: `npx tsx scripts/audit-runtime.ts` builds with source maps, prints one line and exits 0
 * (passed or skipped) or 1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildShippedPackages } from './shipped-packages';

export type AuditOutcome =
  | { result: 'passed'; line: string }
  | { result: 'failed'; line: string }
  | { result: 'skipped'; line: string };

interface Advisory {
  severity?: string;
}
interface AuditJson {
  vulnerabilities?: Record<string, { via?: Array<string | Advisory> }>;
  metadata?: { vulnerabilities?: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>> };
  message?: string;
  statusCode?: number;
  error?: unknown;
}

/**
 * Reads `npm audit --json` output: a report, or npm's description of why there is none. With
 * `shipped`, only advisories against those packages count (not a package flagged because a build
 * tool it depends on has one).
 */
export function classifyAudit(stdout: string, exitCode: number | null, shipped?: readonly string[]): AuditOutcome {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { result: 'failed', line: `npm audit: unreadable output (exit ${exitCode}): ${stdout.slice(0, 200)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (counts && shipped) {
    const found = { high: 0, critical: 0, lower: 0 };
    for (const [name, entry] of Object.entries(json.vulnerabilities ?? {})) {
      if (!shipped.includes(name)) continue;
      for (const advisory of entry.via ?? []) {
        if (typeof advisory !== 'object') continue;
        if (advisory.severity === 'high' || advisory.severity === 'critical') found[advisory.severity]++;
        else found.lower++;
      }
    }
    const what = `npm audit of the ${shipped.length} packages that ship`;
    return found.high + found.critical > 0
      ? { result: 'failed', line: `${what}: ${found.critical} critical and ${found.high} high advisories` }
      : { result: 'passed', line: `${what}: no high or critical advisory (${found.lower} lower)` };
  }
  if (counts) {
    const high = (counts.high ?? 0) + (counts.critical ?? 0);
    return high > 0
      ? { result: 'failed', line: `npm audit --omit=dev: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high vulnerabilities in runtime dependencies` }
      : { result: 'passed', line: `npm audit --omit=dev: no high or critical vulnerability in runtime dependencies (${counts.total ?? 0} lower)` };
  }
  if (json.error !== undefined || json.message) {
    // No report: the registry was not reached, or does not offer audits. Not a finding either way.
    const why = json.statusCode ? `the registry answered HTTP ${json.statusCode} to the audit request` : (json.message ?? 'no answer');
    return { result: 'skipped', line: `npm audit: SKIPPED, no audit report (${why}); the packages that ship were not checked` };
  }
  return { result: 'failed', line: `npm audit: unexpected output (exit ${exitCode})` };
}

/** Audits `shipped` (every package, dev included, is in the report; only those count). */
export function auditRuntime(shipped: readonly string[], env: NodeJS.ProcessEnv = process.env): AuditOutcome {
  const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', env, timeout: 120_000 });
  if (run.error) return { result: 'skipped', line: `npm audit: SKIPPED, npm could not run (${run.error.message})` };
  return classifyAudit(run.stdout, run.status, shipped);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = auditRuntime(buildShippedPackages());
  console.log(outcome.line);
  process.exit(outcome.result === 'failed' ? 1 : 0);
}
