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
  roles: { reviewer: 'reviewer', editor: 'editor', admin: 'admin' },
  editing_one: '{{names}} is editing this claim',
  editing_other: '{{names}} are editing this claim',
};
