-- Issue 14, 広域連携 between organisations of one deployment (docs/api.md "Between organisations").
-- A referral (紹介) names the referring organisation's business by the name it gave; a share lets
-- the receiving organisation read that business's karte (within `scope`, 機微 never) only while its
-- recorded consent holds: from consent_on, until expires_on (JST, inclusive), unless withdrawn.
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  from_org TEXT NOT NULL REFERENCES orgs(id),
  to_org TEXT NOT NULL REFERENCES orgs(id),
  business_id TEXT NOT NULL,
  business_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  referred_on TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'accepted', 'supported', 'declined')),
  outcome_note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES advisors(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX referrals_from ON referrals(from_org, referred_on, id);
CREATE INDEX referrals_to ON referrals(to_org, referred_on, id);

CREATE TABLE shares (
  id TEXT PRIMARY KEY,
  from_org TEXT NOT NULL REFERENCES orgs(id),
  to_org TEXT NOT NULL REFERENCES orgs(id),
  business_id TEXT NOT NULL,
  consent_on TEXT NOT NULL,
  consent_method TEXT NOT NULL CHECK (consent_method IN ('written', 'electronic', 'verbal')),
  purpose TEXT NOT NULL,
  -- JSON array of 'profile' | 'consultations' | 'actions'
  scope TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  withdrawn_at TEXT,
  created_by TEXT NOT NULL REFERENCES advisors(id),
  created_at TEXT NOT NULL,
  -- The receiving organisation's own business record for the same business, once linked.
  linked_business_id TEXT
);
CREATE INDEX shares_to ON shares(to_org, created_at, id);
CREATE INDEX shares_from ON shares(from_org, business_id, created_at, id);
