/**
 * "Report a problem with this entry": a link to a new issue in the project's tracker with the company
 * and entry filled in. Opening it sends nothing by itself; the user decides whether to submit.
 */
declare const __CONTRACTLENS_ISSUES_URL__: string | undefined;

const ISSUES_URL = typeof __CONTRACTLENS_ISSUES_URL__ === 'string' ? __CONTRACTLENS_ISSUES_URL__ : 'https://github.com/contractlens/contractlens/issues';

export function getReportUrl(companyId: string, entryId?: string, claim?: string): string {
  const title = `Data problem: ${companyId}${entryId ? ` / ${entryId}` : ''}`;
  const body = [
    `Company: ${companyId}`,
    entryId ? `Entry: ${entryId}` : null,
    claim ? `Claim: ${claim}` : null,
    '',
    'What is wrong, and a source that shows it:',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
  const url = new URL(`${ISSUES_URL.replace(/\/+$/, '')}/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}
