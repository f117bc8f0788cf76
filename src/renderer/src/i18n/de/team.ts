import type en from '../en/team';

export default {
  signIn: {
    title: 'Am Desk anmelden',
    lead: 'Dieses Claimdesk teilt sich ein Team. Melden Sie sich mit dem Konto an, das Sie von der Administration bekommen haben.',
    name: 'Kontoname',
    password: 'Passwort',
    submit: 'Anmelden',
    busy: 'Anmeldung läuft…',
    wrong: 'Kontoname oder Passwort ist falsch.',
    locked: 'Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Bitten Sie die Administration, das Passwort neu zu setzen.',
    disabled: 'Dieses Konto ist deaktiviert.',
    offline: 'Der Team-Server ist nicht erreichbar.',
  },
  header: {
    account: '{{name}} ({{role}})',
    database: 'Team-Server · {{database}}',
    signOut: 'Abmelden',
  },
  connect: {
    heading: 'Team-Server',
    lead: 'Verbinden Sie sich mit einem Team-Server, um mit Ihrem Konto in der gemeinsamen Datenbank Ihres Desks zu arbeiten. Bis Sie die Verbindung trennen, geht alles an den Server.',
    url: 'Serveradresse',
    submit: 'Mit einem Team-Server verbinden',
    connected: 'Verbunden mit {{url}} als {{name}}.',
    disconnect: 'Verbindung trennen',
  },
  roles: { reviewer: 'Prüfer·in', editor: 'Redaktion', admin: 'Administration' },
  editing_one: '{{names}} bearbeitet diese Behauptung',
  editing_other: '{{names}} bearbeiten diese Behauptung',
} satisfies typeof en;
