/**
 * The directory: every company in the data in use, searchable with the popup's search, filterable by
 * kind of work and agency, sortable by any column, with a chart of the largest recipients per fiscal
 * year; a row opens the company's record, as its panel shows it. The rows come from the worker,
 * which keeps them with the dataset (lib/directory/rows.ts), so opening this page parses no company.
 * The address holds the state (`?q=`, `?kind=`, `?agency=`, `?company=`), so the back button, a link
 * from the popup and the context menu's "Look up" all land where they should.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CompanyRecordResponse, DirectoryResponse, type CompanyRecord, type DirectoryResponse as DirectoryResponseT } from '@/lib/messages';
import { Involvement } from '@/data/schema';
import { buildSearchIndex, search, type SearchHit } from '@/lib/directory/search';
import { directoryPath, MAX_QUERY } from '@/lib/directory/address';
import type { DirectoryRow } from '@/lib/directory/rows';
import { agenciesOf, filterRows, fiscalYearsOf, type Filters, type Sort } from '@/lib/directory/table';
import { formatNameList, formatOwnerChain, formatPartialDate, INVOLVEMENT_LABELS, toSafeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n';
import { RecordBody } from '@/components/CompanyRecord';
import { SearchHitNote } from '@/components/SearchHitNote';
import { InEnglish, WithEnglish } from '@/components/InEnglish';
import { SourceList } from '@/components/SourceLink';
import { CompanyTable } from './CompanyTable';
import { LargestRecipients } from './LargestRecipients';
import { ReportForm } from './ReportForm';

interface Place {
  query: string;
  filters: Filters;
  company?: string;
}

function readPlace(): Place {
  const params = new URLSearchParams(location.search);
  const kind = Involvement.safeParse(params.get('kind'));
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters: { ...(kind.success ? { involvement: kind.data } : {}), ...(params.get('agency') ? { agency: params.get('agency')! } : {}) },
    ...(params.get('company') ? { company: params.get('company')! } : {}),
  };
}

/** The address of a place in the directory. */
const placeHref = (place: Place) => directoryPath({ company: place.company, q: place.query, kind: place.filters.involvement, agency: place.filters.agency });

export function App() {
  const [data, setData] = useState<DirectoryResponseT | null | undefined>(undefined);
  const [place, setPlace] = useState<Place>(readPlace);
  useEffect(() => {
    document.documentElement.lang = t('locale');
    void browser.runtime.sendMessage({ type: 'directory' }).then(
      (answer) => setData(DirectoryResponse.safeParse(answer).data ?? null),
      () => setData(null),
    );
    const onPop = () => setPlace(readPlace());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (next: Place, push: boolean) => {
    history[push ? 'pushState' : 'replaceState'](null, '', placeHref(next));
    setPlace(next);
  };

  if (data === undefined) return <main class="directory"><p class="muted">{t('dirLoading')}</p></main>;
  if (data === null) return <main class="directory"><p role="alert">{t('dirUnavailable')}</p></main>;
  return (
    <main class="directory">
      {place.company ? (
        <CompanyPage id={place.company} data={data} back={placeHref({ ...place, company: undefined })} onBack={() => history.back()} />
      ) : (
        <Listing data={data} place={place} onChange={(next) => go(next, false)} onOpen={(id) => go({ ...place, company: id }, true)} />
      )}
    </main>
  );
}

/** The directory's first order: the most ICE and CBP money, all years of the records. */
const LARGEST_FIRST: Sort = { key: 'total', descending: true };

function Listing({ data, place, onChange, onOpen }: { data: DirectoryResponseT; place: Place; onChange: (next: Place) => void; onOpen: (id: string) => void }) {
  const { rows } = data;
  const index = useMemo(() => buildSearchIndex(rows), [rows]);
  const agencies = useMemo(() => agenciesOf(rows), [rows]);
  const years = useMemo(() => fiscalYearsOf(rows), [rows]);
  // Largest first until the reader sorts otherwise; a search keeps its own order (best match first).
  const [chosen, setSort] = useState<Sort | null>(null);
  const hits: SearchHit[] | null = place.query.trim() ? search(index, place.query, Infinity) : null;
  // With a query, the companies it found (lookalikes are listed above the table); else every company.
  const found = hits ? hits.filter((hit) => hit.kind !== 'lookalike') : null;
  const lookalikes = hits ? hits.filter((hit) => hit.kind === 'lookalike') : [];
  const shown = filterRows(found ? found.map((hit) => hit.row) : rows, place.filters);
  const notes = new Map(found?.map((hit) => [hit.row.id, hit] as const));
  const reviewed = rows.reduce((latest, row) => (row.lastReviewed > latest ? row.lastReviewed : latest), '');
  return (
    <>
      <h1>{t('dirTitle')}</h1>
      <p class="muted">{t('dirIntro', rows.length.toLocaleString(t('locale')), formatPartialDate(data.generatedAt.slice(0, 10)), formatPartialDate(reviewed))}</p>
      <LargestRecipients rows={rows} onOpen={onOpen} />
      <search class="controls" aria-label={t('dirControls')}>
        <label class="field">
          {t('searchLabel')}
          <input
            type="search"
            data-testid="directory-search"
            value={place.query}
            placeholder={t('searchPlaceholder')}
            autoFocus
            onInput={(event) => onChange({ ...place, query: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <FilterSelect
          label={t('dirFilterKind')}
          testId="filter-kind"
          value={place.filters.involvement ?? ''}
          options={Involvement.options.map((kind) => [kind, t(INVOLVEMENT_LABELS[kind])])}
          onChange={(value) => {
            const kind = Involvement.safeParse(value);
            onChange({ ...place, filters: { ...place.filters, involvement: kind.success ? kind.data : undefined } });
          }}
        />
        <FilterSelect
          label={t('dirFilterAgency')}
          testId="filter-agency"
          value={place.filters.agency ?? ''}
          options={agencies.map((agency) => [agency, agency])}
          onChange={(value) => onChange({ ...place, filters: { ...place.filters, agency: value || undefined } })}
        />
      </search>
      {lookalikes.length ? (
        <ul class="lookalikes" data-testid="lookalikes">
          {lookalikes.map((hit) => (
            <li key={`${hit.row.id}|${hit.matched}`}>
              <SearchHitNote hit={hit} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="count" role="status" data-testid="directory-count">
        {hits && shown.length === 0
          ? // Found, but filtered out: never "nothing in the data" for a company that is in it.
            t(found?.length ? 'dirFilteredOut' : 'searchNoResults', place.query.trim())
          : t('dirShowing', shown.length.toLocaleString(t('locale')), rows.length.toLocaleString(t('locale')))}
      </p>
      <CompanyTable rows={shown} years={years} sort={chosen ?? (hits ? null : LARGEST_FIRST)} onSort={setSort} notes={notes} onOpen={onOpen} />
    </>
  );
}

/** A filter: "Any", or one of its options (value, label). */
function FilterSelect(props: { label: string; testId: string; value: string; options: Array<[string, string]>; onChange: (value: string) => void }) {
  return (
    <label class="field">
      {props.label}
      <select data-testid={props.testId} value={props.value} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('dirAny')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

function CompanyPage({ id, data, back, onBack }: { id: string; data: DirectoryResponseT; back: string; onBack: () => void }) {
  const [record, setRecord] = useState<CompanyRecord | null | undefined>(undefined);
  useEffect(() => {
    setRecord(undefined);
    void browser.runtime.sendMessage({ type: 'company-record', id }).then(
      (answer) => setRecord(CompanyRecordResponse.safeParse(answer).data ?? null),
      () => setRecord(null),
    );
  }, [id]);
  const row = data.rows.find((r) => r.id === id);
  const today = new Date().toISOString().slice(0, 10);
  const backLink = (
    <a
      class="back"
      href={back}
      onClick={(event) => {
        // Back in history when we came from the list (keeps its scroll and query); else a plain link.
        if (history.length > 1 && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          onBack();
        }
      }}
    >
      ← {t('dirBack')}
    </a>
  );
  if (record === undefined) return <>{backLink}<p class="muted">{t('dirLoading')}</p></>;
  if (record === null) return <>{backLink}<p role="alert">{t('dirNotFound')}</p></>;
  const { company, parents } = record;
  return (
    <article class="record" data-testid="company-record" aria-labelledby="record-title">
      {backLink}
      <h1 id="record-title">{company.name}</h1>
      {parents.length ? <p class="parent">{t('panelOwnedBy', formatOwnerChain(parents))}</p> : null}
      <div class="body">
        <RecordBody record={record} today={today} />
        <Recognised record={record} row={row} />
        <p class="reviewed muted">{t('panelReviewed', formatPartialDate(company.lastReviewed))}</p>
      </div>
      <ReportForm companyId={company.id} companyName={company.name} dataDate={data.generatedAt.slice(0, 10)} dataVersion={data.version} />
    </article>
  );
}

/**
 * Why the company is listed and how the extension recognises it on a page: its sites (with the page
 * that shows each as its own, where one was read), its brands and owner (with the sources for them),
 * its job boards and other names, and the lookalikes it keeps apart.
 */
function Recognised({ record, row }: { record: CompanyRecord; row: DirectoryRow | undefined }) {
  const { company, parents } = record;
  return (
    <section class="recognised" data-testid="recognised">
      <h2>{t('dirRecognised')}</h2>
      {company.hosts.length ? (
        <>
          <h3>{t('dirSitesTitle')}</h3>
          <ul class="entries">
            {company.hosts.map((rule) => {
              const href = rule.source ? toSafeHttpUrl(rule.source.url) : null;
              return (
                <li key={rule.host} class="entry" data-host={rule.host}>
                  <p class="claim">
                    <strong>{rule.host}</strong>: <InEnglish text={rule.evidence} />
                    {rule.note ? <WithEnglish message={(note) => ` (${note})`} text={rule.note} /> : ''}
                  </p>
                  <p class="meta">
                    {t(rule.confidence === 'seen' ? 'panelHostSeen' : 'panelHostReported')}{' '}
                    {rule.source ? (
                      href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {rule.source.publisher}
                        </a>
                      ) : (
                        rule.source.publisher
                      )
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {company.brands?.length ? (
        <>
          <h3>{t('dirBrandsTitle')}</h3>
          <ul class="entries">
            {company.brands.map((brand) => (
              <li key={brand.name} class="entry">
                <p class="claim">{brand.note ? <WithEnglish message={(note) => t('panelBrandOwner', brand.name, company.name, ` (${note})`)} text={brand.note} /> : t('panelBrandOwner', brand.name, company.name, '')}</p>
                <SourceList sources={brand.sources} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {company.parent && parents.length ? (
        <>
          <p data-testid="ownership">{t('panelOwnedSentence', company.name, formatOwnerChain(parents))}</p>
          <SourceList sources={company.parent.sources} />
        </>
      ) : null}
      {row?.boards.length ? <p>{t('dirBoards', formatNameList(row.boards))}</p> : null}
      {row?.otherNames.length ? <p>{t('dirOtherNames', formatNameList(row.otherNames))}</p> : null}
      {company.doNotConfuse?.length ? (
        <>
          <h3>{t('dirLookalikes')}</h3>
          <ul>
            {company.doNotConfuse.map((other) => (
              <li key={other.name}>
                <strong>{other.name}</strong>: <InEnglish text={other.note} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
