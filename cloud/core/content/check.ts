import { contentText } from '../../../types/zh-CN/content';
import type { Logger } from '../runtime/logger';
import { AppError } from '../runtime/errors';
import type { ContentScene, ContentSecurity } from '../runtime/ports';

export interface TextToCheck {
  /** the event's field name, as BAD_INPUT names it (`details.fields`) */
  field: string;
  /** what the seller or buyer calls the field, for the error's sentence */
  label: string;
  /** absent, null or blank: nothing new to check (an update leaving the field alone) */
  text: string | null | undefined;
  scene: ContentScene;
}

/**
 * Checks every given text written by `openId` and throws CONTENT_REJECTED naming each refused field.
 * Call it after validation and before the transaction, so a refusal writes nothing and no row lock
 * is held while WeChat answers. A check that cannot be made rejects (INTERNAL): nothing unchecked is stored.
 */
export async function checkTexts(ctx: { content: ContentSecurity; log: Logger }, openId: string, texts: ReadonlyArray<TextToCheck>): Promise<void> {
  const due = texts.filter((t): t is TextToCheck & { text: string } => typeof t.text === 'string' && t.text.trim() !== '');
  if (due.length === 0) return;
  const verdicts = await Promise.all(due.map((t) => ctx.content.checkText(openId, t.text, t.scene)));
  const fields: Record<string, string> = {};
  let firstLabel: string | null = null;
  due.forEach((t, i) => {
    if (verdicts[i] === 'risky') {
      fields[t.field] = contentText.fieldRejected;
      firstLabel ??= t.label;
    } else if (verdicts[i] === 'review') {
      // WeChat suggests a person look at it; we have none, and the contract refuses only `risky`.
      // Stored, and logged so whoever runs the mini program can look.
      ctx.log.info('content security suggests review', { field: t.field, scene: t.scene, verdict: 'review' });
    }
  });
  if (firstLabel !== null) throw new AppError('CONTENT_REJECTED', contentText.rejected(firstLabel), { fields });
}
