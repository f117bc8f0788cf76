import type en from '../en/common';

const common: typeof en = {
  save: 'Speichern',
  cancel: 'Abbrechen',
  close: 'Schließen',
  dismiss: 'Ausblenden',
};
export default common;
