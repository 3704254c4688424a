import { describe, expect, it } from 'vitest';
import { parseJobBoardUrl } from '@/lib/job-boards';
import { getSiteCategory } from '@/lib/sites';

describe('parseJobBoardUrl', () => {
  it.each([
    ['https://jobs.lever.co/palantir/ff1029bd-bb6d-4d78-a03e-5f9744d0b798', { board: 'lever', slug: 'palantir' }],
    ['https://jobs.eu.lever.co/Palantir', { board: 'lever', slug: 'palantir' }],
    ['https://boards.greenhouse.io/andurilindustries/jobs/5057941007?gh_jid=5057941007', { board: 'greenhouse', slug: 'andurilindustries' }],
    ['https://job-boards.greenhouse.io/andurilindustries', { board: 'greenhouse', slug: 'andurilindustries' }],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', { board: 'greenhouse', slug: 'acme' }],
    ['https://salesforce.wd12.myworkdayjobs.com/External_Career_Site/job/1', { board: 'workday', slug: 'salesforce' }],
    ['https://jobs.ashbyhq.com/ramp/123', { board: 'ashby', slug: 'ramp' }],
    ['https://jobs.smartrecruiters.com/Visa/7437', { board: 'smartrecruiters', slug: 'visa' }],
    ['https://www.linkedin.com/company/palantir-technologies/jobs/', { board: 'linkedin', slug: 'palantir-technologies' }],
    ['https://careers-peraton.icims.com/jobs/169611/full-stack-microservices-developer/job', { board: 'icims', slug: 'careers-peraton' }],
    ['https://uscareers-waters.icims.com/jobs/1/x/job', { board: 'icims', slug: 'uscareers-waters' }],
  ])('%s', (url, expected) => expect(parseJobBoardUrl(url)).toEqual(expected));

  it.each([
    'https://jobs.lever.co/',
    'https://lever.co/palantir',
    'https://jobs.lever.co.evil.example/palantir',
    'https://www.linkedin.com/jobs/view/123',
    'https://myworkdayjobs.com/x',
    'https://wd5.myworkdayjobs.com.example.net/',
    'https://careers-peraton.icims.com.evil.example/jobs/1',
    'https://icims.com/careers-peraton',
    'javascript:alert(1)',
    'not a url',
  ])('%s names no employer', (url) => expect(parseJobBoardUrl(url)).toBeNull());
});

describe('getSiteCategory', () => {
  it.each([
    ['jobs.lever.co', 'jobs'],
    ['acme.wd5.myworkdayjobs.com', 'jobs'],
    ['www.linkedin.com', 'jobs'],
    ['www.amazon.com', 'shopping'],
    ['www.bestbuy.com', 'shopping'],
    ['www.wayfair.com', null],
    ['notamazon.com', null],
    ['amazon.com.evil.example', null],
    ['careers-caci.icims.com', 'jobs'],
    ['leidos.taleo.net', 'jobs'],
    ['www.clearancejobs.com', 'jobs'],
    ['www.ziprecruiter.com', 'jobs'],
    ['builtin.com', 'jobs'],
    ['www.amazon.es', 'shopping'],
    ['www.amazon.com.mx', 'shopping'],
    ['www.bestbuy.ca', 'shopping'],
    ['www.homedepot.com', 'shopping'],
    ['www.costco.com', 'shopping'],
    ['icims.com.evil.example', null],
    ['jobs.lever.co.evil.example', null],
  ])('%s → %s', (host, category) => expect(getSiteCategory(host)).toBe(category));
});
