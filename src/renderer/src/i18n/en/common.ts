const common = {
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  dismiss: 'Dismiss',
};
export default common;
