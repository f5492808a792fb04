import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { callFunction } from '../../src/api';
import { ExportPanel } from '../../src/features/crm/components/export-panel';
import type { CsvExport } from '../../types/crm';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

/** In the browser the export is the stored file's link, clicked with the file's name (no CSV in memory). */
test('the browser downloads the stored file from its link, under the export’s name', async () => {
  const file: CsvExport = { filename: '订单-2026-11-23.csv', url: '/uploads/exports/0123456789abcdef0123456789abcdef.csv', fileID: null, rows: 10_000, bytes: 1_500_000, expiresAt: '2026-11-23T03:00:00.000Z' };
  call.mockResolvedValue(file as never);
  const clicked: Array<{ href: string; download: string }> = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
  try {
    render(<ExportPanel />);
    fireEvent.click(screen.getByText('导出订单 CSV'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(call).toHaveBeenCalledWith('export', 'csv', { kind: 'orders' });
    expect(clicked[0]).toEqual({ href: file.url, download: '订单-2026-11-23.csv' });
    expect(document.querySelectorAll('a[download]')).toHaveLength(0); // the temporary link is gone again
  } finally {
    click.mockRestore();
  }
});

/** Sellers live in Excel and WPS: the panel offers a real workbook beside the CSV, for customers and for orders. */
test('offers Excel and CSV for both; Excel asks the backend for an xlsx and downloads it under its name', async () => {
  const file: CsvExport = { filename: '订单-2026-11-23.xlsx', url: '/uploads/exports/0123456789abcdef0123456789abcdef.xlsx', fileID: null, rows: 3, bytes: 7000, expiresAt: '2026-11-23T03:00:00.000Z' };
  call.mockReset().mockResolvedValue(file as never);
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  try {
    render(<ExportPanel />);
    for (const label of ['导出顾客 Excel', '导出订单 Excel', '导出顾客 CSV', '导出订单 CSV']) expect(screen.getByText(label)).toBeTruthy();
    fireEvent.click(screen.getByText('导出订单 Excel'));
    await waitFor(() => expect(clicked).toEqual(['订单-2026-11-23.xlsx']));
    expect(call).toHaveBeenCalledWith('export', 'csv', { kind: 'orders', format: 'xlsx' });
  } finally {
    click.mockRestore();
  }
});
