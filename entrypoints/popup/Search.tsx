/**
 * The popup's search: a company, brand, site or job board, matched as you type (lib/directory/
 * search.ts) over the directory's rows, read from the worker when the field is first used. Each
 * result says what the company did, in the verdict's mark and words and its one figure, and what it
 * was found by; how a name is matched (a name that also means other things) is the directory's to
 * say, in the record. A result opens the company's record in the directory; "All results" opens the
 * directory with the query.
 * Keyboard: ↓ and ↑ move between the field and the results, Escape clears the field.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DirectoryResponse } from '@/lib/messages';
import { buildSearchIndex, search, type SearchIndex } from '@/lib/directory/search';
import { t } from '@/lib/i18n';
import { directoryPath, type DirectoryPlace } from '@/lib/directory/address';
import { SearchHitNote } from '@/components/SearchHitNote';
import { rowVerdict } from '@/lib/directory/rows';
import { verdictLevel } from '@/lib/verdict';
import { verdictAmount, verdictMarker } from '@/lib/verdict-text';

const SHOWN = 6;
const directoryUrl = (place: DirectoryPlace = {}) => (browser.runtime.getURL as (path: string) => string)(directoryPath(place));

/** "● Direct · ICE, CBP · $3.1 billion obligated, fiscal years 2021 to 2026 so far". */
function HitVerdict({ verdict }: { verdict: ReturnType<typeof rowVerdict> }) {
  const amount = verdictAmount(verdict);
  return (
    <span class="hit-verdict" data-level={verdictLevel(verdict)} data-testid="hit-verdict">
      <span class="mark" aria-hidden="true" />
      {verdictMarker(verdict)}
      {amount ? ` · ${amount}` : ''}
    </span>
  );
}

export function Search() {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const load = () =>
    (loading.current ??= browser.runtime.sendMessage({ type: 'directory' }).then(
      (answer) => {
        const parsed = DirectoryResponse.safeParse(answer);
        if (parsed.success) setIndex(buildSearchIndex(parsed.data.rows));
      },
      () => undefined,
    ));
  const hits = index && query.trim() ? search(index, query, Infinity) : [];
  const move = (event: KeyboardEvent, from: number) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.hit') ?? [])];
    const to = event.key === 'ArrowDown' ? from + 1 : event.key === 'ArrowUp' ? from - 1 : null;
    if (to === null) return;
    event.preventDefault();
    if (to < 0) document.getElementById('popup-search')?.focus();
    else links[Math.min(to, links.length - 1)]?.focus();
  };
  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="popup-search">
        {t('searchLabel')}
      </label>
      <input
        id="popup-search"
        type="search"
        data-testid="popup-search"
        autoFocus
        autocomplete="off"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-describedby="search-count"
        onFocus={() => void load()}
        onInput={(event) => {
          void load();
          setQuery((event.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
          } else move(event, -1);
        }}
      />
      <p id="search-count" class="muted search-count" role="status">
        {query.trim() && index ? (hits.length ? t('searchResults', hits.length) : t('searchNoResults', query.trim())) : ''}
      </p>
      {hits.length ? (
        <ul class="hits" ref={list} data-testid="search-results">
          {hits.slice(0, SHOWN).map((hit, i) => (
            <li key={`${hit.row.id}|${hit.kind}|${hit.matched}`}>
              <a
                class="hit"
                href={directoryUrl({ company: hit.row.id })}
                target="_blank"
                rel="noopener noreferrer"
                onKeyDown={(event) => move(event, i)}
              >
                {hit.kind === 'lookalike' ? hit.matched : hit.row.name}
              </a>
              {hit.kind === 'lookalike' ? null : <HitVerdict verdict={rowVerdict(hit.row, new Date().toISOString().slice(0, 10))} />}
              <span class="hit-note">
                <SearchHitNote hit={hit} brief />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="search-links">
        {hits.length > SHOWN ? (
          <a href={directoryUrl({ q: query.trim() })} target="_blank" rel="noopener noreferrer" data-testid="all-results">
            {t('searchAllResults')}
          </a>
        ) : (
          <a href={directoryUrl()} target="_blank" rel="noopener noreferrer" data-testid="browse-all">
            {t('popupBrowse')}
          </a>
        )}
      </p>
    </section>
  );
}
