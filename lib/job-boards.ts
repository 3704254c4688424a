/**
 * Job-board addresses that name the employer: jobs.lever.co/<slug>, boards.greenhouse.io/<slug>,
 * <tenant>.wdN.myworkdayjobs.com, <tenant>.icims.com, jobs.ashbyhq.com/<slug>, jobs.smartrecruiters.com/<slug>,
 * linkedin.com/company/<slug>. The most trusted signal on a job page: the board itself says whose
 * board it is. Pure URL parsing.
 */
import type * as z from 'zod/mini';
import type { JobBoard } from '../data/schema';

export type JobBoardId = z.infer<typeof JobBoard>;

export interface JobBoardRef {
  board: JobBoardId;
  slug: string;
}

const FIRST_SEGMENT: Array<[RegExp, JobBoardId]> = [
  [/^jobs(\.eu)?\.lever\.co$/, 'lever'],
  [/^(job-)?boards(\.eu)?\.greenhouse\.io$/, 'greenhouse'],
  [/^jobs\.ashbyhq\.com$/, 'ashby'],
  [/^(jobs|careers)\.smartrecruiters\.com$/, 'smartrecruiters'],
];

const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/i;

export function parseJobBoardUrl(url: string): JobBoardRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split('/').filter(Boolean);

  const workday = /^([a-z0-9][a-z0-9-]*)\.wd\d{1,3}\.myworkdayjobs\.com$/.exec(host);
  if (workday) return { board: 'workday', slug: workday[1]! };
  // iCIMS: the whole first label is the tenant (careers-peraton, uscareers-waters): its prefixes vary.
  const icims = /^([a-z0-9][a-z0-9-]{0,99})\.icims\.com$/.exec(host);
  if (icims) return { board: 'icims', slug: icims[1]! };

  if (/^(www\.)?linkedin\.com$/.test(host) && segments[0] === 'company' && segments[1] && SLUG.test(segments[1])) {
    return { board: 'linkedin', slug: segments[1].toLowerCase() };
  }

  for (const [pattern, board] of FIRST_SEGMENT) {
    if (!pattern.test(host)) continue;
    // Greenhouse's embedded board: /embed/job_board?for=<slug>
    const slug = board === 'greenhouse' && segments[0] === 'embed' ? parsed.searchParams.get('for') : segments[0];
    return slug && SLUG.test(slug) ? { board, slug: slug.toLowerCase() } : null;
  }
  return null;
}
