// The part of wx-server-sdk these entries use. The SDK is installed by CloudBase from each
// function's package.json, not locally: it is large and only meaningful inside WeChat's cloud.
declare module 'wx-server-sdk' {
  export const DYNAMIC_CURRENT_ENV: unique symbol;
  export function init(options?: { env?: string | typeof DYNAMIC_CURRENT_ENV }): void;
  export function getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string };
  export const openapi: {
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
