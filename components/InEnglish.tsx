/**
 * Text from the data (a claim, a summary, a note, an award's description) is in English, as its
 * sources are. In an English UI it is plain text; in any other it is a quotation marked as English
 * (`<q lang="en">`: the browser's English quotation marks, an English voice for screen readers, a
 * title saying so), so that it never reads as a broken sentence of the UI's own language.
 */
import type { ComponentChildren } from 'preact';
import { splitMessage, t } from '@/lib/i18n';

export function InEnglish({ text }: { text: string }) {
  if (t('locale') === 'en') return <>{text}</>;
  return (
    <q lang="en" class="in-english" title={t('inEnglishTitle')}>
      {text}
    </q>
  );
}

/**
 * A UI sentence with one piece of data text in it (`message` gets a placeholder where it goes), the
 * data text marked as above: "a través de “a third-party reseller partner”".
 */
export function WithEnglish({ message, text }: { message: (placeholder: string) => string; text: string }): ComponentChildren {
  const [before, after] = splitMessage(message);
  return (
    <>
      {before}
      <InEnglish text={text} />
      {after}
    </>
  );
}
