import type { helpNl } from './help-nl';

export const helpEn: typeof helpNl = {
  help: {
    title: 'Keyboard shortcuts',
    intro: 'Everything in Instap works without a mouse.',
    key: 'Key',
    action: 'What it does',
    search: 'Search the candidates',
    newCandidate: 'New candidate',
    screens: 'To Candidates, Results, Region, Meeting, Certificates (desktop app)',
    settings: 'Settings (desktop app)',
    fields: 'To the next or previous field or button',
    enter: 'Use a button or link; in a form: save',
    escape: 'Close a dialog or message',
    toasts: 'To the messages (e.g. “Undo”)',
    help: 'This list (desktop app)',
  },
};
