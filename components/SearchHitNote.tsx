/**
 * What a search result matched, in words, under the company's name: the brand, site, other name or
 * job board it was found by, and, where the name is a lookalike the data keeps apart or also means
 * other things, what it might mean. Shared by the popup and the directory; the popup's is `brief`:
 * how an ambiguous name is matched is the directory's to say, while "X is not Y" stays (it keeps a
 * reader from taking a lookalike for the company).
 */
import type { SearchHit } from '@/lib/directory/search';
import { formatNameList } from '@/lib/format';
import { t } from '@/lib/i18n';
import { WithEnglish } from './InEnglish';

/** `workday:leidos` → "Workday: leidos". */
function boardLabel(board: string): string {
  const [kind, slug] = board.split(':');
  return `${kind!.charAt(0).toUpperCase()}${kind!.slice(1)}: ${slug}`;
}

export function SearchHitNote({ hit, brief = false }: { hit: SearchHit; brief?: boolean }) {
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
          {hit.note ? <WithEnglish message={(note) => t('hitLookalike', matched, row.name, note)} text={hit.note} /> : t('hitLookalike', matched, row.name, '')}
        </span>
      ) : hit.ambiguous && !brief ? (
        <span class="hit-warning" data-testid="hit-ambiguous">
          {hit.ambiguous.productWords
            ? t('hitProductBrand', matched, row.name, formatNameList(hit.ambiguous.productWords))
            : t('hitAmbiguous', matched, row.name)}
        </span>
      ) : null}
    </>
  );
}
