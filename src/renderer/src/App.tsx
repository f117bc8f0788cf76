// The app shell: top bar (view switch, shortcuts, settings), first-run question, the live
// region, drag-and-drop of files, and the current view.
import { forwardRef, lazy, memo, Suspense, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain';
import { call, peekEarly } from './api/client';
import { applyLanguage, i18n } from './i18n';
import { AllClaimsView, prefetchViews, SlotPlaceholder } from './slots';
import { useWorkspace, useWorkspaceView, WorkspaceProvider } from './state';
import { FirstRunDialog } from './workspace/FirstRunDialog';
import { SettingsDialog } from './workspace/SettingsDialog';
import { ShortcutsDialog } from './workspace/ShortcutsDialog';
import { TrashView } from './views/trash/TrashView';
import { Workspace } from './workspace/Workspace';
import { hasServeToken, isDesktop, onSignInRequired } from './api/client';
import { detectTeam, signOut, type TeamInfo, type TeamState } from './api/team';
import { SignInScreen } from './views/team/SignInScreen';
import { startupSelection } from './startup';
import { useOpenedOnce } from './lib/closed-dialog';

// The dashboard and claimant pages load when first opened: their chart library stays out of the first chunk.
const DashboardView = lazy(async () => ({ default: (await import('./views/dashboard/DashboardView')).DashboardView }));
const ClaimantsView = lazy(async () => ({ default: (await import('./views/claimants/ClaimantsView')).ClaimantsView }));

export function App() {
  // The article and claim start-up read for the first screen: the ones open last time (the host
  // remembers them, workspace.remember), else the newest article.
  const [initial] = useState(() => startupSelection());
  // A team server asks who you are first; the desktop app and serve go straight in.
  // serve's page (it has the session token) is local at once: the workspace renders in the
  // first pass instead of after an empty one and an effect.
  const [team, setTeam] = useState<TeamState | null>(() => (!isDesktop && hasServeToken() ? { mode: 'local' } : null));
  useEffect(() => {
    if (!team) void detectTeam().then(setTeam);
    // A session that ends mid-work (expired, account disabled) brings the sign-in back.
    return onSignInRequired(() => setTeam((t) => (t?.mode === 'team' ? { mode: 'signed-out' } : t)));
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      {team === null ? null : team.mode === 'signed-out' ? (
        <SignInScreen onSignedIn={() => window.location.reload()} />
      ) : (
        <WorkspaceProvider initial={{ articleId: initial?.articleId ?? null, claimId: initial?.claimId ?? null }}>
          <Shell team={team.mode === 'team' ? team.info : null} />
        </WorkspaceProvider>
      )}
    </I18nextProvider>
  );
}

function Shell({ team }: { team: TeamInfo | null }) {
  const { t: tt } = useTranslation('team');
  const { t } = useTranslation();
  const { t: ta } = useTranslation('articles');
  // Not the selection: the shell (top bar, dialogs) is not rendered again on every j/k.
  const { view, setView, openClaim, openClaimant, focusWork } = useWorkspaceView();
  // The settings start-up read, shown by the first render (the effect below answers with the same).
  const [settings, setSettings] = useState<Settings | null>(() => peekEarly('settings.get', {}) ?? null);
  const [askName, setAskName] = useState(() => Boolean(settings && !settings.reviewerName && !team));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [dropped, setDropped] = useState<File[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const liveRegion = useRef<LiveRegionHandle>(null);

  useEffect(() => {
    call('settings.get', {})
      .then((s) => {
        setSettings(s);
        applyLanguage(s.uiLanguage);
        if (!s.reviewerName && !team) setAskName(true);
      })
      .catch(() => setSettings(null));
  }, [team]);
  // The top bar's other views, ready before their first click (see prefetchViews).
  useEffect(() => prefetchViews(), []);

  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const droppedHandled = useCallback(() => setDropped(null), []);

  // The live region keeps its own state: an announcement (every verdict key makes one) renders
  // that one element, not the shell and the whole workspace below it (twice, clear and set).
  const announce = useCallback((message: string) => liveRegion.current?.announce(message), []);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) {
        setView('workspace');
        setDropped(files);
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [setView]);

  // `/` searches from every view: in All claims and the Trash (which have no search box of their
  // own) it opens the workspace with its search box focused, as `/` does there.
  useEffect(() => {
    if (view === 'workspace') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      setView('workspace');
      let frames = 0;
      const focusBox = () => {
        const box = document.querySelector<HTMLInputElement>('.view .search-box input[type=search]');
        if (box) {
          box.focus();
          box.select();
        } else if (frames++ < 60) requestAnimationFrame(focusBox);
      };
      requestAnimationFrame(focusBox);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view, setView]);

  // The dialogs render from their first opening on (lib/closed-dialog.ts).
  const firstRunOpen = askName && !settingsOpen;
  const firstRunShown = useOpenedOnce(firstRunOpen);
  const settingsShown = useOpenedOnce(settingsOpen);
  const shortcutsShown = useOpenedOnce(shortcutsOpen);

  const saveName = async (name: string) => {
    const saved = await call('settings.set', { reviewerName: name });
    setSettings(saved);
    setAskName(false);
  };

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Claimdesk</span>
        <nav className="view-switch" aria-label={t('top.views')}>
          <button type="button" aria-pressed={view === 'workspace'} onClick={() => setView('workspace')}>
            {t('top.workspace')}
          </button>
          <button type="button" aria-pressed={view === 'claims'} onClick={() => setView('claims')}>
            {t('top.allClaims')}
          </button>
          <button type="button" aria-pressed={view === 'claimants'} onClick={() => openClaimant(null)}>
            {t('top.claimants')}
          </button>
          <button type="button" aria-pressed={view === 'dashboard'} onClick={() => setView('dashboard')}>
            {t('top.dashboard')}
          </button>
          <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
            {ta('trash.view')}
          </button>
        </nav>
        <span className="spacer" />
        {team ? (
          <span className="team-account" data-testid="team-account">
            <span title={team.database}>{tt('header.database', { database: team.database })}</span>
            <strong>{tt('header.account', { name: team.account.name, role: tt(`roles.${team.account.role}`) })}</strong>
            <button type="button" onClick={() => void signOut().then(() => window.location.reload())}>
              {tt('header.signOut')}
            </button>
          </span>
        ) : (
          settings?.reviewerName && <span className="reviewer">{t('top.reviewer', { name: settings.reviewerName })}</span>
        )}
        <button type="button" className="icon-btn" onClick={() => setShortcutsOpen(true)} aria-label={t('top.shortcuts')} title={t('top.shortcuts')}>
          ?
        </button>
        <button type="button" className="icon-btn" onClick={() => setSettingsOpen(true)} aria-label={t('top.settings')} title={t('top.settings')}>
          <GearIcon />
        </button>
      </header>

      <RememberSelection />
      <div className="view">
        {view === 'workspace' ? (
          <Workspace announce={announce} onShowShortcuts={showShortcuts} droppedFiles={dropped} onDroppedFilesHandled={droppedHandled} />
        ) : view === 'trash' ? (
          <TrashView announce={announce} />
        ) : view === 'dashboard' ? (
          <Suspense fallback={null}>
            <DashboardView />
          </Suspense>
        ) : view === 'claimants' ? (
          <Suspense fallback={null}>
            <ClaimantsView announce={announce} />
          </Suspense>
        ) : AllClaimsView ? (
          <AllClaimsView onOpenClaim={(a, c) => openClaim(a, c)} />
        ) : (
          <SlotPlaceholder>{t('slots.allClaimsPending')}</SlotPlaceholder>
        )}
      </div>

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('top.dropFiles')}
        </div>
      )}
      <LiveRegion ref={liveRegion} />

      {firstRunShown && <FirstRunDialog open={firstRunOpen} onSave={saveName} onLater={() => setAskName(false)} focusOnClose={focusWork} />}
      {settingsShown && (
        <SettingsDialog
          open={settingsOpen}
          settings={settings}
          onClose={() => setSettingsOpen(false)}
          onSaved={(s) => {
            setSettings(s);
            applyLanguage(s.uiLanguage);
          }}
        />
      )}
      {shortcutsShown && <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}

interface LiveRegionHandle {
  announce(message: string): void;
}

/** The screen reader's live region: announce() changes its text and nothing else. */
const LiveRegion = memo(
  forwardRef<LiveRegionHandle>(function LiveRegion(_props, ref) {
    const [announcement, setAnnouncement] = useState('');
    const timer = useRef<number | undefined>(undefined);
    useImperativeHandle(
      ref,
      () => ({
        announce(message: string) {
          // Clear first so the same message twice is announced twice.
          setAnnouncement('');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setAnnouncement(message), 30);
        },
      }),
      [],
    );
    useEffect(() => () => window.clearTimeout(timer.current), []);
    return (
      <div className="sr-only" aria-live="polite" role="status" data-testid="live-region">
        {announcement}
      </div>
    );
  }),
);

/** How long the selection rests before the host is told (j/k pass many claims on the way). */
const REMEMBER_AFTER_MS = 1000;

/**
 * Tells the host the open article and claim once the selection rests, and when the page goes
 * away (workspace.remember): the next start reopens them (the only part of the shell that
 * follows the selection). Kept in localStorage before, the memory went with the page's origin:
 * serve listens on a new port at every start, and the newest article opened instead.
 */
function RememberSelection() {
  const { articleId, claimId } = useWorkspace();
  const latest = useRef({ articleId, claimId });
  latest.current = { articleId, claimId };
  // What the host remembers already: the selection the page started with came from it.
  const told = useRef(JSON.stringify(latest.current));
  const save = useCallback(() => {
    const now = JSON.stringify(latest.current);
    if (now === told.current || !latest.current.articleId) return;
    told.current = now;
    // A failed write only loses the memory of the selection.
    call('workspace.remember', latest.current).catch(() => undefined);
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);
  useEffect(() => {
    const timer = window.setTimeout(save, REMEMBER_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [articleId, claimId, save]);
  return null;
}

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
    </svg>
  );
}
