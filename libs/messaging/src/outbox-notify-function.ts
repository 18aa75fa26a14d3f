import { escapeLiteral } from 'pg';

/**
 * The trigger function by which an outbox announces new rows on its channel. Its channel is fixed
 * in its body: a schema built under another name and renamed into place (analytics' rebuild)
 * defines it again for its final name.
 */
export const outboxNotifyFunctionSql = (channel: string) => `
  CREATE OR REPLACE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify(${escapeLiteral(channel)}, '');
    RETURN NULL;
  END $$`;
