import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { create } from 'qrcode/lib/core/qrcode';

/**
 * A QR code of `text` drawn with views (no canvas, the same in WeChat and the browser): qrcode, already a
 * dependency, encodes it (its encoder only: qrcode-core.d.ts); each row is drawn as runs of dark modules.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const rows = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const out: { start: number; length: number }[][] = [];
    for (let r = 0; r < modules.size; r += 1) {
      const runs: { start: number; length: number }[] = [];
      let c = 0;
      while (c < modules.size) {
        if (!modules.get(r, c)) {
          c += 1;
          continue;
        }
        const start = c;
        while (c < modules.size && modules.get(r, c)) c += 1;
        runs.push({ start, length: c - start });
      }
      out.push(runs);
    }
    return { size: modules.size, runs: out };
  }, [text]);
  const unit = 100 / rows.size;
  return (
    <View className='qr-code' aria-label={label} data-text={text}>
      {rows.runs.map((runs, r) => (
        <View key={r} className='qr-code__row' style={{ height: `${unit}%` }}>
          {runs.map((run) => (
            <View key={run.start} className='qr-code__dark' style={{ left: `${run.start * unit}%`, width: `${run.length * unit}%` }} />
          ))}
        </View>
      ))}
    </View>
  );
}
