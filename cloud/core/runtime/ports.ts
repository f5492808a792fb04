/**
 * The ports: what the core asks of the world outside it (WeChat Pay, subscribe messages, mini program codes,
 * content checks, storage). They live beside the context that carries them, below every module that uses or fills
 * them, so dependencies run one way: adapters (cloud/functions, cloud/host) and domain modules import these,
 * and these import nothing of theirs.
 */
import type { PaymentParams } from '../../../types/order';

// ---- outbox delivery: subscribeMessage.send, cloudPay refunds, shipping info ------------------------------

export interface OutgoingMessage {
  id: string;
  kind: string;
  toOpenId: string | null;
  payload: unknown;
}

/**
 * Sends what the outbox holds to WeChat (subscribeMessage.send, cloudPay refunds, shipping info).
 * The local sandbox sends nothing: the outbox itself is the record of what would have gone out.
 */
export interface MessageSender {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

// ---- WeChat Pay -------------------------------------------------------------------------------------------

export interface PaymentRequest {
  paymentId: string;
  orderId: string;
  amountFen: number;
  subMchId: string;
  description: string;
  payerOpenId: string;
  at: Date;
}

/**
 * WeChat Pay's own record of one payment (cloudPay.queryOrder's trade_state, total_fee, transaction_id).
 * `tradeState` is WeChat's: SUCCESS (paid), REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR, ACCEPT — or
 * ORDERNOTEXIST when WeChat Pay has no such order under that merchant.
 */
export interface PaymentRecord {
  tradeState: string;
  /** what the buyer paid, in fen (null when not paid) */
  amountFen: number | null;
  /** WeChat Pay's transaction id (null when not paid) */
  providerRef: string | null;
}

/**
 * WeChat Pay behind one interface: CloudBase cloudPay in production (cloud/functions/cloudpay.ts),
 * a sandbox locally. requestPayment only asks for the parameters of Taro.requestPayment; a payment
 * becomes real through a notice that WeChat's own record confirms (acceptPaymentNotice), the same path in both.
 */
export interface PaymentProvider {
  readonly name: string;
  requestPayment(req: PaymentRequest): Promise<PaymentParams>;
  /** WeChat Pay's record of a payment; throws when WeChat cannot be asked (the caller answers "try again"). */
  queryOrder(q: { paymentId: string; subMchId: string }): Promise<PaymentRecord>;
}

// ---- mini program codes on posters ------------------------------------------------------------------------

export interface ShareCode {
  /** 'wxacode': a mini program code (allowed on an image shared to Moments); 'qr': a plain QR of the web link (local only) */
  kind: 'wxacode' | 'qr';
  /** a data: URL of the PNG */
  image: string;
  /** the mini program page the code opens, and its scene (≤ 32 characters) */
  page: string;
  scene: string;
}

/** Makes the code printed on a post's poster: wxacode.getUnlimited in production, a QR of the shop link locally. */
export interface ShareCodeProvider {
  make(target: { shopId: string; productId: string | null }): Promise<ShareCode>;
}

// ---- content security (cloud/core/content/port.ts holds WeChat's scene numbers) --------------------------

/** Where the text or image is read: the shop's profile, a comment, a product page ("forum"), a Moments post. */
export type ContentScene = 'profile' | 'comment' | 'forum' | 'social';

/**
 * WeChat's `result.suggest`: `risky` refuses; `review` means WeChat suggests a person look at it
 * (we have no reviewers, so it is stored and logged, see content/check.ts); `pass`.
 */
export type Verdict = 'pass' | 'review' | 'risky';

/** An image check that WeChat answers later (mediaCheckAsync), or a verdict known at once (the local stand-in). */
export type ImageSubmission = { traceId: string } | { verdict: Verdict };

export interface ContentSecurity {
  /** WeChat's verdict on one text written by `openId`; rejects when the check itself could not be made. */
  checkText(openId: string, text: string, scene: ContentScene): Promise<Verdict>;
  /** Asks for a verdict on one image of `openId`'s. */
  submitImage(openId: string, url: string, scene: ContentScene): Promise<ImageSubmission>;
}

// ---- storage for downloads (CSV exports) ------------------------------------------------------------------

/** A file put in storage for its owner to download. */
export interface StoredFile {
  /** where the owner downloads it: a temporary https link in production, /uploads/exports/… locally */
  url: string;
  /** the cloud file id (cloud://…) the mini program downloads with wx.cloud.downloadFile; null locally */
  fileID: string | null;
  /** what `remove` takes to delete it */
  ref: string;
}

/**
 * Cloud storage behind one interface: CloudBase storage in production (cloud/functions/files.ts), a folder of
 * the local host (served at /uploads/exports/, cloud/host/uploads.ts) locally and in tests.
 */
export interface FileStore {
  /** Stores `bytes` as `<key>.<ext>`; `key` is unguessable, the only thing standing between the file and others. */
  put(file: { key: string; ext: string; bytes: Buffer; maxAgeSeconds: number }): Promise<StoredFile>;
  remove(refs: string[]): Promise<void>;
}
