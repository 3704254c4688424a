/**
 * "Report a problem" on a company's record: the user writes what is wrong (and a page that shows it),
 * sees the whole report as it will be sent, and sends it their way: by e-mail (no account needed),
 * as a GitHub issue, or copied. The panel's "Report a problem" opens the record here (#report).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PROBLEM, MAX_SOURCE, REPORT_EMAIL, reportIssueUrl, reportMailUrl, reportText, type ReportDraft, type ReportWords } from '@/lib/report';
import { formatPartialDate } from '@/lib/format';
import { t } from '@/lib/i18n';

const words = (): ReportWords => ({
  company: (name, id) => t('reportLineCompany', name, id),
  data: (version, date) => t('reportLineData', version, formatPartialDate(date)),
  problem: t('reportLineProblem'),
  source: t('reportLineSource'),
  notFilled: t('reportNotFilled'),
  noneGiven: t('reportNoneGiven'),
});

interface ReportFormProps {
  companyId: string;
  companyName: string;
  dataDate: string;
  dataVersion: number;
  /** The address a build sends reports to; REPORT_EMAIL unless a test says otherwise. */
  email?: string | null;
}

export function ReportForm({ companyId, companyName, dataDate, dataVersion, email = REPORT_EMAIL }: ReportFormProps) {
  const [problem, setProblem] = useState('');
  const [source, setSource] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const problemField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // Opened from a panel's "Report a problem": straight to the field to write in.
    if (location.hash === '#report') {
      problemField.current?.closest('section')?.scrollIntoView({ block: 'start' });
      problemField.current?.focus({ preventScroll: true });
    }
  }, []);
  const draft: ReportDraft = { companyId, companyName, problem, source, dataDate, dataVersion };
  const inWords = words();
  const text = reportText(draft, inWords);
  const copy = () => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <section id="report" class="report-form" data-testid="report-form" aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <p>{t('reportIntro', companyName)}</p>
      <label for="report-problem">{t('reportProblemLabel')}</label>
      <textarea
        id="report-problem"
        ref={problemField}
        rows={4}
        maxLength={MAX_PROBLEM}
        value={problem}
        onInput={(event) => {
          setProblem(event.currentTarget.value);
          setCopied(null);
        }}
      />
      <label for="report-source">{t('reportSourceLabel')}</label>
      <input
        id="report-source"
        type="url"
        maxLength={MAX_SOURCE}
        value={source}
        onInput={(event) => {
          setSource(event.currentTarget.value);
          setCopied(null);
        }}
      />
      <p class="muted">{t('reportPreviewLabel')}</p>
      {/* Text, never markup: what the user typed is shown as typed. */}
      <pre class="report-preview" data-testid="report-preview">
        {text}
      </pre>
      <ul class="report-ways">
        {email ? (
          <li>
            <a class="button-link" href={reportMailUrl(email, draft, inWords)} data-testid="report-email">
              {t('reportByEmail')}
            </a>{' '}
            <span class="muted">{t('reportByEmailNote', email)}</span>
          </li>
        ) : null}
        <li>
          <a class="button-link" href={reportIssueUrl(draft, inWords)} target="_blank" rel="noopener noreferrer" data-testid="report-github">
            {t('reportOnGitHub')}
          </a>{' '}
          <span class="muted">{t('reportOnGitHubNote')}</span>
        </li>
        <li>
          <button type="button" onClick={copy} data-testid="report-copy">
            {t('reportCopy')}
          </button>{' '}
          <span class="muted" role="status">
            {copied === 'yes' ? t('reportCopied') : copied === 'failed' ? t('reportCopyFailed') : email ? '' : t('reportNoEmail')}
          </span>
        </li>
      </ul>
    </section>
  );
}
