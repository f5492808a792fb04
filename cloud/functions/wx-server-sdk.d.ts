// The part of wx-server-sdk these entries use. The SDK is installed by CloudBase from each
// function's package.json, not locally: it is large and only meaningful inside WeChat's cloud.
declare module 'wx-server-sdk' {
  export const DYNAMIC_CURRENT_ENV: unique symbol;
  export function init(options?: { env?: string | typeof DYNAMIC_CURRENT_ENV }): void;
  export function getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string; SOURCE?: string };
  export function getTempFileURL(params: { fileList: (string | { fileID: string; maxAge?: number })[] }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[] }>;
  export function uploadFile(params: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; statusCode?: number }>;
  export function deleteFile(params: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg: string }[] }>;
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
      // https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
      send(params: {
        touser: string;
        templateId: string;
        page?: string;
        data: Record<string, { value: string }>;
        miniprogramState?: 'developer' | 'trial' | 'formal';
        lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';
      }): Promise<{ errCode?: number; errMsg?: string }>;
    };
    // 发货信息管理: https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo
    // (the body as the HTTPS API's; wx-server-sdk camelCases the answer and throws { errCode, errMsg } on an errcode)
    wxa: {
      sec: {
        order: {
          uploadShippingInfo(params: {
            order_key: { order_number_type: 1; mchid: string; out_trade_no: string } | { order_number_type: 2; transaction_id: string };
            logistics_type: 1 | 2 | 3 | 4;
            delivery_mode: 1 | 2;
            is_all_delivered?: boolean;
            shipping_list: Array<{ tracking_no?: string; express_company?: string; item_desc: string; contact?: { consignor_contact?: string; receiver_contact?: string } }>;
            upload_time: string;
            payer: { openid: string };
          }): Promise<{ errCode?: number; errMsg?: string }>;
          // https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_getorder
          getOrder(params: { transaction_id?: string; merchant_id?: string; sub_merchant_id?: string; merchant_trade_no?: string }): Promise<{
            errCode?: number;
            errMsg?: string;
            order?: { transactionId?: string; merchantTradeNo?: string; openid?: string; orderState?: number; order_state?: number };
          }>;
        };
      };
    };
  };
  export const cloudPay: {
    // https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.queryOrder.html
    queryOrder(params: { subMchId: string; nonceStr: string; outTradeNo?: string; transactionId?: string }): Promise<{
      returnCode: string;
      returnMsg?: string;
      resultCode?: string;
      errCode?: string | number;
      errCodeDes?: string;
      tradeState?: string;
      tradeStateDesc?: string;
      totalFee?: number;
      transactionId?: string;
      outTradeNo?: string;
    }>;
    // https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.refund.html
    refund(params: {
      outTradeNo: string;
      outRefundNo: string;
      totalFee: number;
      refundFee: number;
      subMchId: string;
      nonceStr: string;
      envId: string;
      functionName: string;
      refundDesc?: string;
    }): Promise<{ returnCode: string; returnMsg?: string; resultCode?: string; errCode?: number | string; errCodeDes?: string; refundId?: string }>;
    // https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/open/pay/CloudPay.unifiedOrder.html
    unifiedOrder(params: {
      body: string;
      outTradeNo: string;
      spbillCreateIp: string;
      subMchId: string;
      totalFee: number;
      envId: string;
      functionName: string;
      nonceStr: string;
      tradeType: 'JSAPI';
    }): Promise<{
      returnCode: string;
      returnMsg?: string;
      resultCode?: string;
      errCode?: string | number;
      errCodeDes?: string;
      payment?: { timeStamp: string; nonceStr: string; package: string; signType: 'RSA' | 'MD5'; paySign: string };
    }>;
  };
}
