import { z } from 'zod';
import { optionalDate, optionalText } from './fields';

/**
 * The benefit agency's consent that the candidate keeps the benefit during the placement
 * (toestemming uitkeringsinstantie, DOMAIN.md). The file number is the agency's dossier number;
 * a BSN may never be stored, so a number that is one is refused.
 */
export const approvalAgencies = ['municipality', 'uwv'] as const;
export const approvalAgencySchema = z.enum(approvalAgencies);
export type ApprovalAgency = (typeof approvalAgencies)[number];

/**
 * Whether a text is a BSN: nine digits (spaces, dots and dashes between them allowed, as people
 * write them) that pass the eleven-test 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), not all zero.
 */
export function looksLikeBsn(text: string): boolean {
  const digits = text.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && sum !== 0;
}

/** Shown on the field; names the field and the rule, never the number typed. */
export const BSN_REFUSED_MESSAGE =
  'Dit dossiernummer is een BSN (negen cijfers die de elfproef doorstaan). Een BSN mag niet worden vastgelegd: vul het dossiernummer van de uitkeringsinstantie in.';

export const benefitApprovalSchema = z.object({
  agency: approvalAgencySchema,
  office: optionalText(120),
  consultant: optionalText(80),
  approvedOn: optionalDate,
  fileNumber: optionalText(40).refine((number) => number === null || !looksLikeBsn(number), {
    error: BSN_REFUSED_MESSAGE,
  }),
});
export type BenefitApproval = z.output<typeof benefitApprovalSchema>;
