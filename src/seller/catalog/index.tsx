import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { Product } from '../../../types/product';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { sourcingText } from '../../../types/zh-CN/sourcing';
import { ui } from '../../../types/zh-CN/ui';
import type { ApiError } from '../../api';
import { PageFrame } from '../../components/page-frame';
import { EmptyState, ErrorState } from '../../components/state-views';
import { bandToFix, hasRoom, shortPrice, useCatalog } from '../../features/catalog';
import { formatPrice } from '../../utils/price';
import { confirmAction } from '../../utils/feedback';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** The seller's catalog: what is on sale (in shop order, with the cap), what is archived, and the actions on each. */
export default function SellerCatalogPage() {
  const { state, busy, reload, refresh, move, archive, restore } = useCatalog();
  const askArchive = async (p: Product) => {
    if (await confirmAction(ui.catalog.archiveConfirmTitle, ui.catalog.archiveConfirm(p.title), ui.catalog.archive)) await archive(p.id);
  };

  const error = (e: ApiError) => {
    const noShop = e.code === 'FORBIDDEN';
    return (
      <>
        <ErrorState title={noShop ? ui.catalog.noShop : undefined} message={e.message} onRetry={noShop ? undefined : () => void reload()} />
        {noShop ? (
          <View className='catalog-add open-shop-link' onClick={() => openPage(sellerRoutes.console)}>
            {ui.catalog.goOpenShop}
          </View>
        ) : null}
      </>
    );
  };

  // Back from the product form: ask again (the first show is the initial load).
  return (
    <PageFrame className='catalog-page' state={state} refresh={refresh} refreshOnShow='afterFirst' error={error}>
      {(data) => (
        <CatalogLists {...data} busy={busy} move={move} askArchive={askArchive} restore={restore} />
      )}
    </PageFrame>
  );
}

interface CatalogListsProps {
  active: Product[];
  archived: Product[];
  productCap: number;
  busy: string | null;
  move: (productId: string, direction: 'up' | 'down') => Promise<void>;
  askArchive: (p: Product) => Promise<void>;
  restore: (productId: string) => Promise<void>;
}

function CatalogLists({ active, archived, productCap, busy, move, askArchive, restore }: CatalogListsProps) {
  const room = hasRoom(active.length, productCap);
  return (
    <View>
      <View className='cap-card'>
        <View className='cap-card__head'>
          <Text className='cap-card__label'>{ui.catalog.capLabel}</Text>
          <Text className={`cap-meter${room ? '' : ' cap-meter--full'}`}>{ui.catalog.capMeter(active.length, productCap)}</Text>
        </View>
        <View className='cap-bar'>
          <View className='cap-bar__fill' style={{ width: `${Math.min(100, (active.length / Math.max(1, productCap)) * 100)}%` }} />
        </View>
        <Text className='cap-card__text'>{room ? ui.catalog.capExplain(productCap) : ui.catalog.atCap(productCap)}</Text>
        <View
          className={`catalog-add add-product${room ? '' : ' catalog-add--disabled'}`}
          aria-disabled={!room}
          hoverClass={room ? 'catalog-add--pressed' : 'none'}
          onClick={() => {
            if (room) openPage(sellerRoutes.newProduct);
          }}
        >
          {ui.catalog.add}
        </View>
        <View className='catalog-sourcing sourcing-link' hoverClass='catalog-sourcing--pressed' onClick={() => openPage(sellerRoutes.sourcing)}>
          <Text className='catalog-sourcing__title'>{sourcingText.catalogEntry}</Text>
          <Text className='catalog-sourcing__hint'>{sourcingText.catalogEntryHint}</Text>
        </View>
        <View className='catalog-sourcing open-drop-link' hoverClass='catalog-sourcing--pressed' onClick={() => openPage(sellerRoutes.openDrop())}>
          <Text className='catalog-sourcing__title'>{dropsUi.catalogEntry}</Text>
          <Text className='catalog-sourcing__hint'>{dropsUi.catalogEntryHint}</Text>
        </View>
      </View>

      <Text className='catalog-heading'>{ui.catalog.activeHeading}</Text>
      {active.length === 0 ? <EmptyState title={ui.catalog.emptyActive} hint={ui.catalog.emptyActiveHint} /> : null}
      <View className='catalog-list catalog-list--active'>
        {active.map((p, i) => (
          <CatalogRow key={p.id} product={p} busy={busy === p.id}>
            <RowAction label={ui.catalog.edit} name='edit' onClick={() => openPage(sellerRoutes.editProduct(p.id))} />
            <RowAction label={ui.catalog.moveUp} name='move-up' disabled={i === 0 || busy !== null} onClick={() => void move(p.id, 'up')} />
            <RowAction label={ui.catalog.moveDown} name='move-down' disabled={i === active.length - 1 || busy !== null} onClick={() => void move(p.id, 'down')} />
            <RowAction label={ui.catalog.archive} name='archive' tone='danger' disabled={busy !== null} onClick={() => void askArchive(p)} />
          </CatalogRow>
        ))}
      </View>

      {archived.length > 0 ? (
        <View className='archived-section'>
          <Text className='catalog-heading'>{ui.catalog.archivedHeading}</Text>
          <View className='catalog-list catalog-list--archived'>
            {archived.map((p) => (
              <CatalogRow key={p.id} product={p} busy={busy === p.id}>
                <RowAction label={ui.catalog.edit} name='edit' onClick={() => openPage(sellerRoutes.editProduct(p.id))} />
                <RowAction label={ui.catalog.restore} name='restore' disabled={!room || busy !== null} onClick={() => void restore(p.id)} />
              </CatalogRow>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}

function CatalogRow({ product, busy, children }: { product: Product; busy: boolean; children: ReactNode }) {
  const cover = product.images[0];
  const band = bandToFix(product);
  return (
    <View className={`catalog-row${busy ? ' catalog-row--busy' : ''}`}>
      <View className='catalog-row__main'>
        {cover ? <Image className='catalog-row__cover' src={cover} mode='aspectFill' /> : <View className='catalog-row__cover catalog-row__cover--empty' />}
        <View className='catalog-row__info'>
          <Text className='catalog-row__title'>{product.title}</Text>
          {product.source ? <Text className='catalog-row__source carried-mark'>{sourcingText.carriedMark(product.source.supplierName)}</Text> : null}
          {band ? <Text className='catalog-row__band-changed'>{sourcingText.bandChanged(shortPrice(band.minPriceFen), shortPrice(band.maxPriceFen))}</Text> : null}
          <View className='catalog-row__meta'>
            <Text className='catalog-row__price'>{formatPrice(product.priceFen)}</Text>
            <Text className={`catalog-row__stock${product.stock > 0 ? '' : ' catalog-row__stock--out'}`}>{ui.catalog.stock(product.stock)}</Text>
          </View>
        </View>
      </View>
      <View className='catalog-row__actions'>{children}</View>
    </View>
  );
}

interface RowActionProps {
  label: string;
  name: string;
  onClick: () => void;
  disabled?: boolean;
  tone?: 'danger';
}

function RowAction({ label, name, onClick, disabled = false, tone }: RowActionProps) {
  return (
    <View
      className={`row-action row-action--${name}${tone ? ` row-action--${tone}` : ''}${disabled ? ' row-action--disabled' : ''}`}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {label}
    </View>
  );
}
