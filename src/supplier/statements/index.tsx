import { View } from '@tarojs/components';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { loadSupplierStatement, StatementCard } from '../../features/supplier';
import { useResource } from '../../hooks/use-resource';
import './index.scss';

const S = supplierConsoleUi.statements;

/** 对账: what each seller owes for the pieces shipped, what they paid, and 记一笔收款. */
export default function SupplierStatementsPage() {
  const statement = useResource(loadSupplierStatement);
  return (
    <PageFrame className='supplier-statements' state={statement.state} refresh={statement.refresh} refreshOnShow='afterFirst' reload={() => void statement.reload()}>
      {({ lines }) => (
        <View>
          {lines.length === 0 ? <EmptyState title={S.empty} hint={S.emptyHint} /> : null}
          {lines.map((line) => (
            <StatementCard
              key={line.shopId}
              line={line}
              onSettled={(settled) => statement.update((prev) => ({ ...prev, lines: prev.lines.map((l) => (l.shopId === settled.shopId ? settled : l)) }))}
            />
          ))}
        </View>
      )}
    </PageFrame>
  );
}
