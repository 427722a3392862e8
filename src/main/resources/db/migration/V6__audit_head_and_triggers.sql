-- Audit log that misses nothing (issue 11, item 4).

-- The chain's head, kept outside the chained table: how many entries the pledge's log has and the hash of the last
-- one. The application moves it in the same transaction as each entry it appends, so removing the last entries (which
-- leaves a shorter but still well-linked chain) no longer goes unnoticed.
ALTER TABLE pledge
    ADD COLUMN chain_length INT      NOT NULL DEFAULT 0,
    ADD COLUMN chain_head   CHAR(64) NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';

-- Pledges logged before this migration take the head their log has now (what was removed before cannot be known).
UPDATE pledge p
    JOIN (SELECT pledge_id, MAX(seq) AS n FROM pledge_event GROUP BY pledge_id) last ON last.pledge_id = p.id
    JOIN pledge_event e ON e.pledge_id = last.pledge_id AND e.seq = last.n
SET p.chain_length = last.n, p.chain_head = e.hash;

-- Log entries and signatures are append-only: the database itself refuses to change or remove them, whoever asks
-- through the application's account. A DBA who must repair data drops these triggers (and re-creates them from this
-- file); every change made meanwhile still shows as tampering on the pledge page and the verification page.
CREATE TRIGGER pledge_event_no_update BEFORE UPDATE ON pledge_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pledge_event is append-only: entries cannot be changed';

CREATE TRIGGER pledge_event_no_delete BEFORE DELETE ON pledge_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pledge_event is append-only: entries cannot be removed';

CREATE TRIGGER pledge_signature_no_update BEFORE UPDATE ON pledge_signature FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pledge_signature is append-only: signatures cannot be changed';

CREATE TRIGGER pledge_signature_no_delete BEFORE DELETE ON pledge_signature FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'pledge_signature is append-only: signatures cannot be removed';
