// The part of wx-server-sdk these entries use. The SDK is installed by CloudBase from each
// function's package.json, not locally: it is large and only meaningful inside WeChat's cloud.
declare module 'wx-server-sdk' {
  export const DYNAMIC_CURRENT_ENV: unique symbol;
  export function init(options?: { env?: string | typeof DYNAMIC_CURRENT_ENV }): void;
  export function getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string; SOURCE?: string };
  export function getTempFileURL(params: { fileList: string[] }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[] }>;
  export const openapi: {
    security: {
      msgSecCheck(params: { content: string; version: 2; scene: 1 | 2 | 3 | 4; openid: string; title?: string; nickname?: string; signature?: string }): Promise<{
        errCode?: number;
        errcode?: number;
        errMsg?: string;
        result?: { suggest?: string; label?: number | string };
        traceId?: string;
        trace_id?: string;
      }>;
      mediaCheckAsync(params: { media_url: string; media_type: 1 | 2; version: 2; scene: 1 | 2 | 3 | 4; openid: string }): Promise<{
        errCode?: number;
        errcode?: number;
        errMsg?: string;
        traceId?: string;
        trace_id?: string;
      }>;
    };
    wxacode: {
      getUnlimited(params: {
        scene: string;
        page?: string;
        checkPath?: boolean;
        envVersion?: string;
        width?: number;
        autoColor?: boolean;
        lineColor?: { r: number; g: number; b: number };
        isHyaline?: boolean;
      }): Promise<{ buffer: Uint8Array; contentType: string; errCode?: number; errMsg?: string }>;
    };
    subscribeMessage: {
      send(params: { touser: string; templateId: string; page?: string; data: Record<string, { value: string }>; miniprogramState?: string }): Promise<{ errCode?: number; errMsg?: string }>;
    };
  };
  export const cloudPay: {
    refund(params: { outTradeNo: string; outRefundNo: string; totalFee: number; refundFee: number; subMchId?: string; envId: string; functionName: string }): Promise<{ returnCode: string; resultCode?: string; errCodeDes?: string }>;
    unifiedOrder(params: {
      body: string;
      outTradeNo: string;
      spbillCreateIp: string;
      subMchId: string;
      totalFee: number;
      envId: string;
      functionName: string;
      nonceStr?: string;
      tradeType?: 'JSAPI';
    }): Promise<{
      returnCode: string;
      resultCode?: string;
      errCode?: string;
      errCodeDes?: string;
      payment?: { timeStamp: string; nonceStr: string; package: string; signType: 'RSA' | 'MD5'; paySign: string };
    }>;
  };
}
