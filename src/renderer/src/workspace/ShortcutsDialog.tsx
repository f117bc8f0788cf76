import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../components/Dialog';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * [keys (a key of shortcuts.keys when it needs translating, else itself), description key].
 * A feature with strings of its own names both with their namespace ("queue:shortcuts.…").
 */
export const SHORTCUTS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['x', 'queue:shortcuts.toggleMark'],
  ['queue:shortcuts.keys.shiftJK', 'queue:shortcuts.extendMarks'],
  ['n', 'queue:shortcuts.nextUnreviewed'],
  ['m', 'nextWorthy'],
  ['v', 'verified'],
  ['d', 'disputed'],
  ['i', 'inconclusive'],
  ['u', 'unreviewed'],
  ['s', 'source'],
  ['c', 'citeFactCheck'],
  ['e', 'edit'],
  ['r', 'rationale'],
  ['shiftArrows', 'selectText'],
  ['queue:shortcuts.keys.altArrows', 'queue:shortcuts.listHeight'],
  ['a', 'add'],
  ['ctrlEnter', 'saveForm'],
  ['ctrlZ', 'undoDelete'],
  ['articles:shortcuts.keys.shiftE', 'articles:shortcuts.edit'],
  ['articles:shortcuts.keys.shiftR', 'articles:shortcuts.reextract'],
  ['articles:shortcuts.keys.shiftD', 'articles:shortcuts.delete'],
  ['/', 'search'],
  ['?', 'help'],
  ['Esc', 'escape'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const keys = (k: string) => (k.includes(':') ? t(k) : k.length > 3 ? t(`shortcuts.keys.${k}${mac && k.startsWith('ctrl') ? 'Mac' : ''}`) : k);
  const describe = (name: string) => t(name.includes(':') ? name : `shortcuts.${name}`);
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose} className="dialog-shortcuts" initialFocus=".dialog-close">
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, name]) => (
          <div key={key}>
            <dt>
              {keys(key)
                .split(' ')
                .map((part, i) => (
                  <kbd key={i}>{part}</kbd>
                ))}
            </dt>
            <dd>{describe(name)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
