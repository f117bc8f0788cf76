import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** [keys (a key of shortcuts.keys when it needs translating, else itself), description key]. */
export const SHORTCUTS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['v', 'verified'],
  ['d', 'disputed'],
  ['i', 'inconclusive'],
  ['u', 'unreviewed'],
  ['s', 'source'],
  ['c', 'citeFactCheck'],
  ['e', 'edit'],
  ['shiftArrows', 'selectText'],
  ['a', 'add'],
  ['ctrlEnter', 'saveForm'],
  ['ctrlZ', 'undoDelete'],
  ['/', 'search'],
  ['?', 'help'],
  ['Esc', 'escape'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const keys = (k: string) => (k.length > 3 ? t(`shortcuts.keys.${k}${mac && k.startsWith('ctrl') ? 'Mac' : ''}`) : k);
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
            <dd>{t(`shortcuts.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
