// The seller's 扫码 at pickup, in WeChat: wx.scanCode reads the QR on the buyer's order page, whose content is
// exactly the six digits of the pickup code, and order.verifyPickup completes that order.
import { act, fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import { dropsUi } from '../../types/zh-CN/drops-ui';
import { CodeEntry } from '../../src/features/drops';
import type { VerifyOutcome } from '../../src/features/drops';
import { resetWx, scanner, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';

beforeEach(() => resetWx());

function entry() {
  const verify = jest.fn(async (code: string): Promise<VerifyOutcome> => ({ ok: true, message: dropsUi.code.done(`买家${code}`) }));
  render(<CodeEntry verify={verify} />);
  return verify;
}

describe('扫码 in WeChat', () => {
  test('reads the buyer’s QR from the camera and verifies its six digits', async () => {
    scanner.content = '204816';
    const verify = entry();
    await act(async () => {
      tap(() => fireEvent.click(view.getByText(dropsUi.code.scan)));
    });
    await waitFor(() => expect(verify).toHaveBeenCalledWith('204816'));
    expect(await view.findByText(dropsUi.code.done('买家204816'))).toBeTruthy();
    expect(wx.log.of('scanCode')[0].args).toMatchObject({ onlyFromCamera: true, scanType: ['qrCode'] });
  });

  test('a QR that is not a pickup code is said so and not sent', async () => {
    scanner.content = 'https://example.com/204816';
    const verify = entry();
    await act(async () => {
      tap(() => fireEvent.click(view.getByText(dropsUi.code.scan)));
    });
    expect(await view.findByText(dropsUi.code.scannedInvalid)).toBeTruthy();
    expect(verify).not.toHaveBeenCalled();
  });

  test('a scanner that fails otherwise says to type the code', async () => {
    scanner.answer = 'fail';
    const verify = entry();
    await act(async () => {
      tap(() => fireEvent.click(view.getByText(dropsUi.code.scan)));
    });
    expect(await view.findByText(dropsUi.code.scanFailed)).toBeTruthy();
    expect(verify).not.toHaveBeenCalled();
  });

  test('closing the scanner is no error', async () => {
    scanner.answer = 'cancel';
    const verify = entry();
    await act(async () => {
      tap(() => fireEvent.click(view.getByText(dropsUi.code.scan)));
    });
    await waitFor(() => expect(wx.log.of('scanCode')).toHaveLength(1));
    expect(verify).not.toHaveBeenCalled();
    expect(document.querySelector('.code-outcome')).toBeNull();
  });
});
