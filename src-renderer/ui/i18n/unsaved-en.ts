export const unsavedEn = {
  unsaved: {
    title: 'Unsaved changes',
    body: 'You have changes that have not been saved. Do you want to save them before you continue?',
    save: 'Save',
    discard: 'Don’t save',
    stay: 'Cancel',
    notSaved: 'Not saved: check the marked fields. Your changes are still there.',
  },
};
