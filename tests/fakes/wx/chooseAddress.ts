/**
 * wx.chooseAddress: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/address/wx.chooseAddress.html
 * - Mini programs released after 2022-07-14 must declare it in app.json `requiredPrivateInfos`,
 *   "否则将无法正常使用该接口" (the fail reason below is the one WeChat prints for undeclared APIs);
 * - it is a privacy API (information type 地址): see ./privacy.ts;
 * - success: { userName, postalCode, provinceName, cityName, countyName, streetName, detailInfo,
 *   detailInfoNew, nationalCode, telNumber, errMsg }; the user closing the picker is `chooseAddress:fail cancel`.
 */
import { appJson } from './appConfig';
import { privacyGate } from './privacy';
import { fail, invoke, onReset } from './runtime';

export interface WxAddress {
  userName: string;
  postalCode: string;
  provinceName: string;
  cityName: string;
  countyName: string;
  streetName?: string;
  detailInfo: string;
  detailInfoNew?: string;
  nationalCode: string;
  telNumber: string;
}

export const addressBook = {
  /** what the user picks in WeChat's address picker; null: they close it */
  pick: null as WxAddress | null,
};

onReset(() => {
  addressBook.pick = null;
});

export function chooseAddress(opts?: Record<string, unknown>): unknown {
  return invoke('chooseAddress', opts ?? {}, async () => {
    if (!(appJson().requiredPrivateInfos ?? []).includes('chooseAddress')) {
      fail('chooseAddress', 'the api need to be declared in the requiredPrivateInfos field in app.json/ext.json');
    }
    await privacyGate('chooseAddress');
    if (!addressBook.pick) fail('chooseAddress', 'cancel');
    return { ...addressBook.pick, errMsg: 'chooseAddress:ok' };
  });
}
