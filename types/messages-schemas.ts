import { z } from 'zod';
import { TEMPLATE_NAMES, type TemplateName } from './messages-templates';
import { list } from './validation';
import { validationText } from './zh-CN/errors';

/** One requestSubscribeMessage answer per template: WeChat asks for at most 3 templates at once. */
export const CONSENT_ANSWERS_MAX = 3;

const answer = z.object(
  {
    template: z.enum(TEMPLATE_NAMES as [TemplateName, ...TemplateName[]], { error: validationText.invalid('订阅模板') }),
    accepted: z.boolean({ error: validationText.invalid('订阅结果') }),
  },
  { error: validationText.invalid('订阅结果') },
);

/** `shop.consent`: what the caller answered to one requestSubscribeMessage prompt. */
export const consentSchema = z.object({
  answers: list('订阅结果', answer, CONSENT_ANSWERS_MAX).superRefine((answers, ctx) => {
    if (answers.length === 0) ctx.addIssue({ code: 'custom', message: validationText.required('订阅结果'), params: { kind: 'required' } });
    if (new Set(answers.map((a) => a.template)).size !== answers.length) {
      ctx.addIssue({ code: 'custom', message: validationText.invalid('订阅结果'), params: { kind: 'invalid' } });
    }
  }),
});
