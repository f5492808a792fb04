import { Text, View } from '@tarojs/components';
import { sourcingText as t } from '../../../../types/zh-CN/sourcing';
import type { Resource } from '../../../hooks/use-resource';
import { formatPrice } from '../../../utils/price';
import type { SellerStatement } from '../use-statement';
import './statement-section.scss';

/**
 * 货源对账 in the console: per supplier, pieces, what is owed at the supply price, what was paid, and the
 * balance. Nothing while it loads, and nothing for a shop that carries no supplier's product — nor when the
 * statement could not be read, since it is then unknown whether the shop carries anything (the console's
 * other sections show their own errors; back on the console asks again).
 */
export function StatementSection({ statement }: { statement: Resource<SellerStatement> }) {
  if (statement.status !== 'ready' || !statement.data.carries) return null;
  return (
    <View className='supply-statement'>
      <Text className='supply-statement__title'>{t.statementTitle}</Text>
      <Text className='supply-statement__hint'>{t.statementHint}</Text>
      {statement.data.lines.length === 0 ? <Text className='supply-statement__empty'>{t.statementEmpty}</Text> : null}
      {statement.data.lines.map((line) => (
        <View key={line.supplierId} className='statement-line' data-supplier={line.supplierId}>
          <View className='statement-line__head'>
            <Text className='statement-line__supplier'>{line.supplierName}</Text>
            <Text className='statement-line__pieces'>{t.pieces(line.pieces)}</Text>
          </View>
          <View className='statement-line__figures'>
            <Figure name='owed' label={t.owed} fen={line.owedFen} />
            <Figure name='settled' label={t.settled} fen={line.settledFen} />
            <Figure name='balance' label={line.balanceFen < 0 ? t.paidAhead : t.balance} fen={Math.abs(line.balanceFen)} strong={line.balanceFen > 0} />
          </View>
        </View>
      ))}
    </View>
  );
}

function Figure({ name, label, fen, strong = false }: { name: string; label: string; fen: number; strong?: boolean }) {
  return (
    <View className={`statement-figure statement-figure--${name}${strong ? ' statement-figure--due' : ''}`}>
      <Text className='statement-figure__value'>{formatPrice(fen)}</Text>
      <Text className='statement-figure__label'>{label}</Text>
    </View>
  );
}
