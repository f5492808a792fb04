-- The carrier by WeChat's delivery company id (types/delivery.ts), beside its name: `carrier` keeps the
-- name the buyer reads (and, for shipments before this migration, what the seller typed); `carrier_id` is
-- the id upload_shipping_info takes, or 'OTHER' for a carrier outside the list.
ALTER TABLE orders ADD COLUMN carrier_id text;
UPDATE orders SET carrier_id = CASE
    WHEN upper(replace(carrier, ' ', '')) IN ('SF', '顺丰', '顺丰速运', '顺丰快递', '顺丰速递', '顺丰物流', 'SFEXPRESS') THEN 'SF'
    WHEN upper(replace(carrier, ' ', '')) IN ('ZTO', '中通', '中通快递', '中通速递') THEN 'ZTO'
    WHEN upper(replace(carrier, ' ', '')) IN ('YTO', '圆通', '圆通速递', '圆通快递') THEN 'YTO'
    WHEN upper(replace(carrier, ' ', '')) IN ('YD', 'YUNDA', '韵达', '韵达速递', '韵达快递') THEN 'YD'
    WHEN upper(replace(carrier, ' ', '')) IN ('STO', '申通', '申通快递', '申通速递') THEN 'STO'
    WHEN upper(replace(carrier, ' ', '')) IN ('JD', 'JDL', '京东', '京东快递', '京东物流') THEN 'JD'
    WHEN upper(replace(carrier, ' ', '')) IN ('EMS', 'EMS快递', '邮政EMS', '中国邮政EMS', '中国邮政速递', '中国邮政速递物流') THEN 'EMS'
    ELSE 'OTHER' END
  WHERE carrier IS NOT NULL;

-- WeChat Pay keeps a trading mini program's money frozen until the order's shipping information is
-- uploaded (发货信息管理). One row per shipped order paid with WeChat Pay: the payment the upload is for, and
-- the outbox message that carries it. Whether WeChat has it is that message's delivery (delivered_at, or
-- last_error while it is retried), read at display time: the outbox is the one record of what was sent.
-- No foreign key to the outbox, which belongs to delivery (cloud/core/delivery.ts) and may be pruned.
-- outbox_id is NULL when there is nothing to upload (a carrier outside WeChat's list as we know it): the
-- seller enters that one by hand in the mini program admin.
CREATE TABLE shipping_syncs (
  order_id text PRIMARY KEY REFERENCES orders(id),
  payment_id text NOT NULL REFERENCES payments(id),
  outbox_id bigint,
  created_at timestamptz NOT NULL
);

-- Shipments queued before this migration: their message had no request WeChat could take (the production
-- sender refused the kind), so they show as not synced until the seller enters them by hand.
INSERT INTO shipping_syncs (order_id, payment_id, outbox_id, created_at)
SELECT DISTINCT ON (m.payload->>'orderId') m.payload->>'orderId', m.payload->>'outTradeNo', m.id, m.created_at
  FROM outbox m
  JOIN orders o ON o.id = m.payload->>'orderId'
  JOIN payments p ON p.id = m.payload->>'outTradeNo'
 WHERE m.kind = 'wxa.uploadShippingInfo'
 ORDER BY m.payload->>'orderId', m.id DESC;
