import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { DEV_IDENTITIES } from '../../../types/functions';
import { supplierEntryUi } from '../../../types/zh-CN/supplier-entry';
import { ui } from '../../../types/zh-CN/ui';
import { probeDevMode } from '../../dev/dev-mode';
import { useSession } from '../../stores/session';
import './index.scss';

const CHOICES: ReadonlyArray<{ id: string | null; label: string }> = [
  { id: DEV_IDENTITIES.seller, label: ui.dev.asSeller(DEV_IDENTITIES.seller) },
  { id: DEV_IDENTITIES.friend, label: ui.dev.asFriend(DEV_IDENTITIES.friend) },
  { id: DEV_IDENTITIES.supplier, label: supplierEntryUi.devAsSupplier(DEV_IDENTITIES.supplier) },
  { id: null, label: ui.dev.anonymous },
];

function H5Switcher() {
  const devIdentity = useSession((s) => s.devIdentity);
  const devMode = useSession((s) => s.devMode);
  const setDevMode = useSession((s) => s.setDevMode);
  const switchDevIdentity = useSession((s) => s.switchDevIdentity);

  useEffect(() => {
    if (devMode !== 'unknown') return;
    let live = true;
    void probeDevMode().then((mode) => {
      if (live) setDevMode(mode);
    });
    return () => {
      live = false;
    };
  }, [devMode, setDevMode]);

  if (devMode !== 'on') return null;
  return (
    <View className='dev-switcher'>
      <View className='dev-switcher__head'>
        <Text className='dev-switcher__title'>{ui.dev.title}</Text>
        <Text className='dev-switcher__current'>{ui.dev.current(devIdentity)}</Text>
      </View>
      <View className='dev-switcher__choices'>
        {CHOICES.map((choice) => (
          <View
            key={choice.id ?? 'anonymous'}
            className={`dev-switcher__btn${choice.id === devIdentity ? ' dev-switcher__btn--active' : ''}`}
            onClick={() => switchDevIdentity(choice.id)}
          >
            {choice.label}
          </View>
        ))}
      </View>
    </View>
  );
}

/**
 * Lets a developer act as the demo seller, the demo friend, the demo supplier or nobody (H5 against a dev-mode host
 * only; the mini program knows its caller from WeChat and renders nothing here).
 */
export function DevIdentitySwitcher() {
  if (process.env.TARO_ENV !== 'h5') return null;
  return <H5Switcher />;
}
