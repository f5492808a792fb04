// The seller's CSV export in WeChat: the backend answers a file in cloud storage (not the CSV), the app
// downloads it by its file id and, on a second tap, sends it to a chat — shareFileMessage works only inside a tap.
import { act, fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import type { CsvExport } from '../../types/crm';
import { exportText } from '../../types/zh-CN/export';
import { ExportPanel } from '../../src/features/crm/components/export-panel';
import { saveExportInWeChat } from '../../src/features/crm/export-csv';
import { cloudFunctions, cloudStorage, downloads, fileShare, resetWx, screen, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';

beforeEach(() => resetWx());

/** What export.csv answers in production: the file the function uploaded to cloud storage, and its temporary link. */
function deployExport(rows = 10_000): CsvExport {
  const path = 'exports/0123456789abcdef0123456789abcdef.csv';
  const fileID = `${cloudStorage.bucket}/${path}`;
  cloudStorage.files.set(path, fileID); // uploaded by the function (cloud.uploadFile)
  const answer: CsvExport = {
    filename: '订单-2026-11-23.csv',
    url: 'https://fake-env.tcb.qcloud.la/exports/0123456789abcdef0123456789abcdef.csv',
    fileID,
    rows,
    bytes: 1_500_000,
    expiresAt: '2026-11-23T03:00:00.000Z',
  };
  cloudFunctions.deployed.set('export', (event) => (event.action === 'csv' ? { ok: true, data: answer } : { ok: false, error: { code: 'BAD_INPUT', message: '?' } }));
  return answer;
}

describe('exporting in WeChat', () => {
  test('downloads the file by its cloud id, then sends it to a chat from the second tap', async () => {
    deployExport();
    render(<ExportPanel />);
    tap(() => fireEvent.click(view.getByText('导出订单 CSV')));
    const share = await view.findByText(exportText.share);
    expect(view.getByText(exportText.ready('订单-2026-11-23.csv', 10_000))).toBeTruthy();

    const [download] = wx.log.of('cloud.downloadFile');
    expect(download.args).toMatchObject({ fileID: expect.stringMatching(/^cloud:\/\/.+\/exports\/[0-9a-f]{32}\.csv$/) });
    expect(wx.log.of('downloadFile')).toHaveLength(0); // no download domain needed

    await act(async () => {
      tap(() => fireEvent.click(share));
    });
    expect(fileShare.sent).toEqual([{ filePath: expect.stringMatching(/^wxfile:\/\/tmp_download_\d+\.csv$/), fileName: '订单-2026-11-23.csv' }]);
    expect(wx.log.of('shareFileMessage')[0].args).toMatchObject({ inTap: true });
  });

  test('closing the chat picker is no error', async () => {
    deployExport();
    fileShare.answer = 'cancel';
    render(<ExportPanel />);
    tap(() => fireEvent.click(view.getByText('导出顾客 CSV')));
    const share = await view.findByText(exportText.share);
    await act(async () => {
      tap(() => fireEvent.click(share));
    });
    expect(fileShare.sent).toEqual([]);
    expect(screen.modals).toEqual([]);
  });

  test('a file no longer in storage is shown as a failure, with nothing to send', async () => {
    const answer = deployExport();
    cloudStorage.files.clear(); // expired and deleted by a later export
    render(<ExportPanel />);
    tap(() => fireEvent.click(view.getByText('导出订单 CSV')));
    await waitFor(() => expect(screen.modals.length + screen.toasts.length).toBeGreaterThan(0));
    expect(view.queryByText(exportText.share)).toBeNull();
    expect(wx.log.of('cloud.downloadFile')[0].outcome).toMatchObject({ errMsg: expect.stringContaining(answer.fileID!) });
  });

  test('without a cloud file id, downloads the https link (a downloadFile domain) and refuses a non-200 answer', async () => {
    const answer = { ...deployExport(3), fileID: null };
    const saved = await saveExportInWeChat(answer);
    expect(saved).toEqual({ filePath: expect.stringMatching(/^wxfile:\/\/tmp_download_/), fileName: '订单-2026-11-23.csv', rows: 3 });
    downloads.status.set(answer.url, 404);
    await expect(saveExportInWeChat(answer)).rejects.toThrow(exportText.downloadFailed);
    downloads.domains.clear();
    await expect(saveExportInWeChat(answer)).rejects.toMatchObject({ errMsg: expect.stringContaining('url not in domain list') });
  });
});
