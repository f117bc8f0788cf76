// Settings › Team server (desktop app): connect to a desk's server with an account; the app then
// works against the server (every contract call goes there) until it disconnects.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { desktopTeam, type DesktopTeamStatus } from '../../api/team';

export function TeamServerSection() {
  const { t } = useTranslation('team');
  const id = useId();
  const [status, setStatus] = useState<DesktopTeamStatus | null>(null);
  const [url, setUrl] = useState('https://');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void desktopTeam('team.status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);

  const connect = async () => {
    setBusy(true);
    setError(null);
    const result = await desktopTeam('team.connect', { url, name: name.trim(), password });
    setBusy(false);
    setPassword('');
    if (!result.ok) return setError(result.error.message);
    window.location.reload();
  };
  const disconnect = async () => {
    await desktopTeam('team.disconnect', {});
    window.location.reload();
  };

  return (
    <fieldset className="settings-team">
      <legend>{t('connect.heading')}</legend>
      {status?.connected ? (
        <p>
          {t('connect.connected', { url: status.url, name: status.account?.name })}{' '}
          <button type="button" onClick={() => void disconnect()}>
            {t('connect.disconnect')}
          </button>
        </p>
      ) : (
        <>
          <p className="muted small">{t('connect.lead')}</p>
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('connect.url')}</label>
            <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('signIn.name')}</label>
              <input id={`${id}-name`} autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
              <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </div>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" onClick={() => void connect()} disabled={busy || !name.trim() || !password || url.length < 10}>
            {busy ? t('signIn.busy') : t('connect.submit')}
          </button>
        </>
      )}
    </fieldset>
  );
}
