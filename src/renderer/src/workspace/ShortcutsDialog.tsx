import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export const SHORTCUTS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['v', 'verified'],
  ['d', 'disputed'],
  ['i', 'inconclusive'],
  ['u', 'unreviewed'],
  ['s', 'source'],
  ['e', 'edit'],
  ['a', 'add'],
  ['/', 'search'],
  ['?', 'help'],
  ['Esc', 'escape'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose} className="dialog-small" initialFocus=".dialog-close">
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, name]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
