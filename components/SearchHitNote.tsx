/**
 * What a search result matched, in words, under the company's name: the brand, site, other name or
 * job board it was found by, and, where the name also means other things or is a lookalike the data
 * keeps apart, what it might mean. Shared by the popup and the directory.
 */
import type { SearchHit } from '@/lib/directory/search';
import { formatNameList } from '@/lib/format';
import { t } from '@/lib/i18n';

/** `workday:leidos` → "Workday: leidos". */
function boardLabel(board: string): string {
  const [kind, slug] = board.split(':');
  return `${kind!.charAt(0).toUpperCase()}${kind!.slice(1)}: ${slug}`;
}

export function SearchHitNote({ hit }: { hit: SearchHit }) {
  const { row, matched } = hit;
  const found =
    hit.kind === 'other-name'
      ? t('hitOtherName', matched)
      : hit.kind === 'brand'
        ? t('hitBrand', matched)
        : hit.kind === 'host'
          ? t('hitHost', matched)
          : hit.kind === 'board'
            ? t('hitBoard', boardLabel(matched))
            : undefined;
  return (
    <>
      {found ? <span class="hit-found">{found}</span> : null}
      {hit.kind === 'lookalike' ? (
        <span class="hit-warning" data-testid="hit-lookalike">
          {t('hitLookalike', matched, row.name, hit.note ?? '')}
        </span>
      ) : hit.ambiguous ? (
        <span class="hit-warning" data-testid="hit-ambiguous">
          {hit.ambiguous.productWords
            ? t('hitProductBrand', matched, row.name, formatNameList(hit.ambiguous.productWords))
            : t('hitAmbiguous', matched, row.name)}
        </span>
      ) : null}
    </>
  );
}
