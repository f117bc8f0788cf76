// The sign-in screen a team server shows before anything else. The session lives in an
// HTTP-only cookie the page never sees; after signing in the page starts afresh.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { signIn } from '../../api/team';

export function SignInScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('team');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(name.trim(), password);
    setBusy(false);
    if (result.ok) return onSignedIn();
    setPassword('');
    const key = result.code === 'account_locked' ? 'locked' : result.code === 'account_disabled' ? 'disabled' : result.code === 'offline' ? 'offline' : 'wrong';
    setError(t(`signIn.${key}`));
  };

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
        <span className="brand">Claimdesk</span>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.lead')}</p>
        <label>
          {t('signIn.name')}
          <input name="username" autoComplete="username" autoFocus required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="sign-in-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || !name.trim() || !password}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}

/** Who else has this claim open in their editor (team server only; nothing elsewhere). */
export function EditingNotice({ names }: { names: string[] }) {
  const { t } = useTranslation('team');
  if (!names.length) return null;
  return (
    <p className="editing-notice" role="status" data-testid="editing-notice">
      {t('editing', { count: names.length, names: names.join(', ') })}
    </p>
  );
}
