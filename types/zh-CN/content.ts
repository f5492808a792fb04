/** What a seller or buyer reads when WeChat's content security check refuses their words. */
export const contentText = {
  /** under the refused field */
  fieldRejected: '这段文字没有通过微信的内容安全检查，请修改后再试',
  /** the error's sentence, naming the first refused field */
  rejected: (label: string) => `${label}没有通过微信的内容安全检查，请修改后再试。`,
  /** mediaCheck answers this to anything that is not WeChat's own verdict push */
  notAPush: '只接受微信推送的图片检查结果',
};

/** Any text holding this is refused by the local stand-in (CONTRACT.md), so tests can walk the refusal path. */
export const LOCAL_REJECT_MARKER = '【违规测试】';
/** An image whose address holds this (raw or percent-encoded) is judged risky by the local stand-in. */
export const LOCAL_REJECT_IMAGE_MARKER = '违规测试';
