/**
 * The award files the tests read. They come from public repositories and live in shared/, beside
 * the project (the project keeps no copies): a test that needs one is skipped, with this message,
 * where shared/ is not there (a plain clone).
 */
import { existsSync } from 'node:fs';

export const SHARED_DATA = '../shared/data';
export const SAMPLES = `${SHARED_DATA}/usaspending-samples`;
export const MORE_AWARDS = `${SHARED_DATA}/more-awards`;
/** FY2026 CBP/ICE transactions (wrags81/cbp-ice-dashboard), through 2026-08-20. */
export const FY2026 = `${SAMPLES}/wrags81-cbp-ice-dashboard/CBP_ICE_FY2026_Contract_Obligations.csv`;
/** FY2021–FY2025, same producer and layout. */
export const FY2021_2025 = `${MORE_AWARDS}/wrags81-cbp-ice-fy2021-2025`;
/** Real saved pages (gzipped) with manifest.json: what a human reads on each as employer or brand. */
export const REAL_PAGES = `${SHARED_DATA}/real-pages`;
/** A saved spending_by_transaction API response (tcole333/ithildin), excerpt. */
export const API_EXCERPT = `${SAMPLES}/tcole333-ithildin/spending_by_transaction_skiptracing.EXCERPT.json`;

const warned = new Set<string>();

/** True when a file is missing: say which, once per file, so a skipped test is never a mystery. */
export function missingShared(...files: string[]): boolean {
  const missing = files.filter((f) => !existsSync(f));
  for (const file of missing) {
    if (warned.has(file)) continue;
    warned.add(file);
    console.warn(`skipped: ${file} not found (award files are read from shared/ beside the project, which keeps no copies)`);
  }
  return missing.length > 0;
}
