import { z } from 'zod';
import { TEMPLATE_NAMES } from './messages-templates';
import { list } from './validation';
import { validationText } from './zh-CN/errors';
import { consentFieldText } from './zh-CN/validation';

/** One requestSubscribeMessage answer per template: WeChat asks for at most 3 templates at once. */
export const CONSENT_ANSWERS_MAX = 3;

const answer = z.object(
  {
    template: z.enum(TEMPLATE_NAMES, { error: validationText.invalid(consentFieldText.template) }),
    accepted: z.boolean({ error: validationText.invalid(consentFieldText.answer) }),
  },
  { error: validationText.invalid(consentFieldText.answer) },
);

/** `shop.consent`: what the caller answered to one requestSubscribeMessage prompt. */
export const consentSchema = z.object({
  answers: list(consentFieldText.answer, answer, CONSENT_ANSWERS_MAX).superRefine((answers, ctx) => {
    if (answers.length === 0) ctx.addIssue({ code: 'custom', message: validationText.required(consentFieldText.answer), params: { kind: 'required' } });
    if (new Set(answers.map((a) => a.template)).size !== answers.length) {
      ctx.addIssue({ code: 'custom', message: validationText.invalid(consentFieldText.answer), params: { kind: 'invalid' } });
    }
  }),
});
