// The team server: sign-in, the account in the header, who is editing.
export default {
  signIn: {
    title: 'Sign in to the desk',
    lead: 'This Claimdesk is shared by a team. Sign in with the account your admin gave you.',
    name: 'Account name',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    wrong: 'Wrong account name or password.',
    locked: 'This account is locked after too many wrong passwords. Ask an admin to reset its password.',
    disabled: 'This account is disabled.',
    offline: 'The team server is not reachable.',
  },
  header: {
    account: '{{name}} ({{role}})',
    database: 'Team server · {{database}}',
    signOut: 'Sign out',
  },
  connect: {
    heading: 'Team server',
    lead: 'Connect to a team server to work on your desk’s shared database with your account. Until you disconnect, everything you do goes to the server.',
    url: 'Server address',
    submit: 'Connect to a team server',
    connected: 'Connected to {{url}} as {{name}}.',
    disconnect: 'Disconnect',
  },
  roles: { reviewer: 'reviewer', editor: 'editor', admin: 'admin' },
  editing_one: '{{names}} is editing this claim',
  editing_other: '{{names}} are editing this claim',
};
