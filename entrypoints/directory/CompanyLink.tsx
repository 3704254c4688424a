/** A link to a company's record in the directory: opened in place, or in a new tab with a modifier key. */
import type { ComponentChildren } from 'preact';
import { directoryPath } from '@/lib/directory/address';

export function CompanyLink({ id, onOpen, children }: { id: string; onOpen: (id: string) => void; children: ComponentChildren }) {
  return (
    <a
      href={directoryPath({ company: id })}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(id);
      }}
    >
      {children}
    </a>
  );
}
