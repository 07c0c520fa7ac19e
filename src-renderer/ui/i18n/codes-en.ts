import type { codesNl } from './codes-nl';

export const codesEn: typeof codesNl = {
  status: {
    discussed: 'Discussed',
    ongoing: 'Ongoing',
    completed: 'Completed',
    stopped: 'Stopped early',
  },
  kind: {
    'work-experience': 'Work-experience placement',
    'trial-placement': 'Trial placement',
    'work-study': 'Work-study (BBL)',
    other: 'Other',
  },
  benefit: {
    'social-assistance': 'Social assistance',
    unemployment: 'Unemployment (WW)',
    wajong: 'Wajong',
    wia: 'WIA',
    none: 'None',
    other: 'Other',
    unknown: 'Unknown',
  },
  stopReason: {
    'found-work': 'Found work',
    health: 'Health',
    motivation: 'Motivation',
    personal: 'Personal circumstances',
    'not-suitable': 'Not suitable',
    other: 'Other',
  },
  outcome: {
    'paid-work': 'Paid work',
    education: 'Education',
    volunteering: 'Volunteering',
    benefit: 'Benefit',
    unknown: 'Unknown',
  },
  referrer: {
    uwv: 'UWV',
    municipality: 'Municipality',
    wsp: 'Employer service point (WSP)',
    other: 'Other',
  },
  goalStatus: { open: 'Open', 'in-progress': 'In progress', achieved: 'Achieved' },
};
