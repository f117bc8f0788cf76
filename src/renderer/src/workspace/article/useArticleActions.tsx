// The open article's own actions: Edit details (Shift+E), Re-extract (Shift+R) and Delete
// (Shift+D, to the trash, undone from the toast or with Ctrl+Z). The workspace hands in how to
// show a toast and where to go after a deletion; this hook owns the dialogs and the calls.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ArticleSummary } from '../../../../shared/domain';
import { call } from '../../api/client';
import type { ToastMessage } from '../../components/Toast';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import type { ArticleHeaderActions } from './ArticleHeader';
import { ReextractDialog, reextractSummary, type ReextractResult } from './ReextractDialog';

interface Options {
  article: ArticleSummary | null;
  announce(message: string): void;
  showToast(toast: ToastMessage): void;
  setNotice(message: string | null): void;
  /** Articles or claims changed: lists and the open article reload. */
  refresh(): void;
  /** The article went to the trash: open another one. */
  onTrashed(articleId: string): void;
  /** The article came back from the trash: open it again. */
  onRestored(articleId: string): void;
}

export interface ArticleActions {
  header: Omit<ArticleHeaderActions, 'onExport'>;
  /** Shift+E / Shift+R / Shift+D; true when the key was one of them. */
  handleKey(event: KeyboardEvent): boolean;
  dialogs: ReactNode;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function useArticleActions(options: Options): ArticleActions {
  const { t } = useTranslation('articles');
  const { t: tw } = useTranslation();
  const [editing, setEditing] = useState<ArticleSummary | null>(null);
  const [reextracting, setReextracting] = useState<ArticleSummary | null>(null);
  // The key handler is registered once: it reads the latest options from here.
  const latest = useRef(options);
  latest.current = options;

  const edit = useCallback(() => setEditing(latest.current.article), []);
  const reextract = useCallback(() => setReextracting(latest.current.article), []);
  const remove = useCallback(async () => {
    const { article, announce, showToast, setNotice, refresh, onTrashed, onRestored } = latest.current;
    if (!article) return;
    try {
      await call('articles.delete', { id: article.id });
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
      return;
    }
    onTrashed(article.id);
    refresh();
    showToast({
      id: Date.now(),
      text: t('delete.moved', { title: article.title }),
      action: {
        label: t('delete.undo'),
        shortcut: isMac() ? '⌘Z' : tw('deleteClaim.undoKey'),
        run: () => {
          call('articles.restore', { id: article.id })
            .then(() => {
              onRestored(article.id);
              refresh();
              announce(t('delete.restored', { title: article.title }));
            })
            .catch((e: unknown) => setNotice(e instanceof Error ? e.message : String(e)));
        },
      },
    });
  }, [t, tw]);

  const handleKey = useCallback(
    (event: KeyboardEvent) => {
      if (!event.shiftKey || !latest.current.article) return false;
      const action = { E: edit, R: reextract, D: () => void remove() }[event.key];
      if (!action) return false;
      event.preventDefault();
      action();
      return true;
    },
    [edit, reextract, remove],
  );

  const onSaved = useCallback(
    (_saved: ArticleSummary, languageChanged: boolean) => {
      const { announce, setNotice, refresh } = latest.current;
      const message = languageChanged ? t('edit.savedRelanguaged') : t('edit.saved');
      announce(message);
      if (languageChanged) setNotice(message);
      refresh();
    },
    [t],
  );
  const onReextracted = useCallback(
    (result: ReextractResult) => {
      latest.current.announce(reextractSummary(t, result));
      latest.current.refresh();
    },
    [t],
  );

  // The same header actions and dialog elements from render to render while nothing of theirs
  // changes: the workspace renders with every write, and they need not.
  const header = useMemo(() => ({ onEdit: edit, onReextract: reextract, onDelete: () => void remove() }), [edit, reextract, remove]);
  const dialogs = useMemo(
    () => (
      <>
        <ArticleDetailsDialog article={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
        <ReextractDialog article={reextracting} onClose={() => setReextracting(null)} onDone={onReextracted} />
      </>
    ),
    [editing, reextracting, onSaved, onReextracted],
  );
  return { header, handleKey, dialogs };
}
