CREATE TABLE fct_bookings (booking_id VARCHAR, ds DATE, listing_id VARCHAR, guest_id VARCHAR, booking_value DOUBLE PRECISION, is_instant BOOLEAN);
INSERT INTO fct_bookings VALUES
  ('b1', DATE '2024-01-01', 'l1', 'g1', 100, TRUE),
  ('b2', DATE '2024-01-01', 'l2', 'g2', 50, FALSE),
  ('b3', DATE '2024-01-02', 'l1', 'g1', 30, TRUE),
  ('b4', DATE '2024-01-04', 'l3', 'g3', 20, FALSE),
  ('b5', DATE '2024-02-10', 'l2', 'g1', 200, TRUE);
CREATE TABLE dim_listings (listing_id VARCHAR, user_id VARCHAR, country VARCHAR, capacity INT, created_at DATE);
INSERT INTO dim_listings VALUES
  ('l1', 'u1', 'us', 4, DATE '2023-12-01'),
  ('l2', 'u2', 'fr', 2, DATE '2023-12-15'),
  ('l3', 'u1', 'us', 6, DATE '2024-01-03');
CREATE TABLE dim_users (user_id VARCHAR, home_state VARCHAR);
INSERT INTO dim_users VALUES ('u1', 'CA'), ('u2', 'NY');
CREATE TABLE fct_views (view_id VARCHAR, ds DATE, listing_id VARCHAR, device VARCHAR);
INSERT INTO fct_views VALUES
  ('v1', DATE '2024-01-01', 'l1', 'ios'),
  ('v2', DATE '2024-01-01', 'l2', 'web'),
  ('v3', DATE '2024-01-03', 'l1', 'ios');
CREATE TABLE dim_listing_tiers (listing_id VARCHAR, tier VARCHAR, valid_from DATE, valid_to DATE);
INSERT INTO dim_listing_tiers VALUES
  ('l1', 'gold', DATE '2023-01-01', DATE '2024-01-02'),
  ('l1', 'platinum', DATE '2024-01-02', NULL);
CREATE TABLE fct_accounts (account_id VARCHAR, ds DATE, user_id VARCHAR, balance INT);
INSERT INTO fct_accounts VALUES
  ('a1', DATE '2024-01-01', 'u1', 10),
  ('a2', DATE '2024-01-01', 'u2', 5),
  ('a1', DATE '2024-01-03', 'u1', 20),
  ('a2', DATE '2024-01-02', 'u2', 7);
CREATE TABLE metricflow_time_spine AS SELECT DATEADD(DAY, x, DATE '2023-12-01') AS date_day, CASE WHEN x >= 62 THEN 'FY25' ELSE 'FY24' END AS fiscal_year FROM SYSTEM_RANGE(0, 150);
;
CREATE TABLE fct_visits (visit_id VARCHAR, ds DATE, user_id VARCHAR, session_id VARCHAR, referrer VARCHAR);
INSERT INTO fct_visits VALUES
  ('v1', DATE '2024-01-01', 'u1', 's1', 'ad'),
  ('v2', DATE '2024-01-03', 'u1', 's2', 'search'),
  ('v3', DATE '2024-01-02', 'u2', 's3', 'ad'),
  ('v4', DATE '2024-01-05', 'u3', 's4', 'search');
CREATE TABLE fct_buys (buy_id VARCHAR, ds DATE, user_id VARCHAR, session_id VARCHAR);
INSERT INTO fct_buys VALUES
  ('p1', DATE '2024-01-04', 'u1', 's2'),
  ('p2', DATE '2024-01-20', 'u2', 's3'),
  ('p3', DATE '2024-01-05', 'u3', 's9')
