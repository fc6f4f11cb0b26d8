-- Synthetic H&M data, generated inside DuckDB.
--
-- Determinism: every random draw is a hash of the seed and the row's own key (rnd, rnd2),
-- never a stateful generator, so the output does not depend on thread scheduling. Draws
-- from weighted lists use INTEGER cumulative weights (an ASOF join on the running total),
-- so no floating-point rounding can move a draw; small double aggregates (the fitting
-- steps) run on one thread so their sums always add up in the same order.
--
-- Placeholders: {{seed}} {{articles}} {{customers}} {{transactions}} {{threads}} {{scale}}.

-- @step setup
SET threads = 1;
-- Intermediate tables are keyed, so their physical order never matters (less memory).
SET preserve_insertion_order = false;
-- hash() of several values XORs their hashes, so draws sharing a key would be correlated
-- (0.9 measured); hashing that result again mixes it into an independent draw.
CREATE OR REPLACE TEMP MACRO rnd(a, b) AS ((hash(hash({{seed}}::BIGINT, a, b)) >> 11)::DOUBLE / 9007199254740992.0);
CREATE OR REPLACE TEMP MACRO rnd2(a, k, b) AS ((hash(hash({{seed}}::BIGINT, a, k, b)) >> 11)::DOUBLE / 9007199254740992.0);
CREATE OR REPLACE TEMP MACRO rnorm(a, b) AS (sqrt(-2.0 * ln(1.0 - rnd(a, b || ':1'))) * cos(2.0 * pi() * rnd(a, b || ':2')));
CREATE OR REPLACE TEMP MACRO pick(l, u) AS (l[1 + least(len(l) - 1, floor(u * len(l)))::INTEGER]);
CREATE OR REPLACE TEMP MACRO band_of(age) AS (CASE WHEN age IS NULL THEN 'unknown' WHEN age < 25 THEN '<25'
    WHEN age < 35 THEN '25-34' WHEN age < 45 THEN '35-44' WHEN age < 55 THEN '45-54' ELSE '55+' END);

-- @step calendar
-- Daily weight = month level (thousand rows a day, calibrated on the real data) x day-of-week
-- index x events (sale days, Black Friday, holidays). Only the timing of baskets uses it.
CREATE TEMP TABLE days AS
WITH d AS (SELECT range::DATE AS d FROM range(DATE '2018-09-20', DATE '2020-09-23', INTERVAL 1 DAY)),
lvl(y, m, level) AS (VALUES
    (2018, 9, 46.0), (2018, 10, 45.0), (2018, 11, 39.0), (2018, 12, 38.5),
    (2019, 1, 40.5), (2019, 2, 41.0), (2019, 3, 41.5), (2019, 4, 46.0), (2019, 5, 48.5), (2019, 6, 52.0),
    (2019, 7, 54.0), (2019, 8, 40.5), (2019, 9, 36.0), (2019, 10, 37.0), (2019, 11, 35.5), (2019, 12, 37.5),
    (2020, 1, 35.5), (2020, 2, 34.5), (2020, 3, 33.5), (2020, 4, 40.0), (2020, 5, 44.0), (2020, 6, 49.0),
    (2020, 7, 43.6), (2020, 8, 40.0), (2020, 9, 36.3)),
-- Base day-of-week factors that give the real index (Mon .89 ... Sat 1.11) once the event
-- days, mostly Saturdays, are included.
dow(n, f) AS (VALUES (1, 0.923), (2, 0.964), (3, 1.09), (4, 1.063), (5, 1.023), (6, 1.036), (7, 0.911)),
ev(d0, d1, f) AS (VALUES
    (DATE '2018-09-29', DATE '2018-09-29', 2.9), (DATE '2018-11-23', DATE '2018-11-23', 3.5),
    (DATE '2018-12-24', DATE '2018-12-24', 0.55), (DATE '2018-12-25', DATE '2018-12-25', 0.38),
    (DATE '2018-12-26', DATE '2018-12-26', 0.6), (DATE '2018-12-31', DATE '2018-12-31', 0.6),
    (DATE '2019-01-01', DATE '2019-01-01', 0.45), (DATE '2019-04-06', DATE '2019-04-06', 2.6),
    (DATE '2019-04-24', DATE '2019-04-24', 1.7), (DATE '2019-05-16', DATE '2019-05-16', 1.9),
    (DATE '2019-06-19', DATE '2019-06-27', 1.75), (DATE '2019-07-24', DATE '2019-07-24', 2.3),
    (DATE '2019-09-28', DATE '2019-09-28', 5.2), (DATE '2019-11-03', DATE '2019-11-03', 2.0),
    (DATE '2019-11-28', DATE '2019-11-28', 2.6), (DATE '2019-11-29', DATE '2019-11-29', 4.2),
    (DATE '2019-12-24', DATE '2019-12-24', 0.55), (DATE '2019-12-25', DATE '2019-12-25', 0.36),
    (DATE '2019-12-26', DATE '2019-12-26', 0.55), (DATE '2019-12-31', DATE '2019-12-31', 0.6),
    (DATE '2020-01-01', DATE '2020-01-01', 0.37), (DATE '2020-04-04', DATE '2020-04-04', 1.8),
    (DATE '2020-04-11', DATE '2020-04-11', 4.0), (DATE '2020-06-17', DATE '2020-06-25', 1.9))
SELECT d.d, (d.d - DATE '2018-09-20')::INTEGER AS day_no,
       round(1000 * lvl.level * dow.f * coalesce(ev.f, 1.0))::BIGINT AS w
FROM d JOIN lvl ON year(d.d) = lvl.y AND month(d.d) = lvl.m
JOIN dow ON isodow(d.d) = dow.n
LEFT JOIN ev ON d.d BETWEEN ev.d0 AND ev.d1;
CREATE TEMP TABLE day_cdf AS
SELECT d, day_no, w, sum(w) OVER (ORDER BY day_no ROWS UNBOUNDED PRECEDING) - w AS lo FROM days;
CREATE TEMP TABLE months AS
SELECT date_trunc('month', d)::DATE AS period, sum(w) AS vol, min(d) + ((max(d) - min(d)) // 2)::INTEGER AS mid
FROM days GROUP BY 1;
-- Season factors by month of year: S peaks in June-July, W in November-January.
CREATE TEMP TABLE season_f(season, m, f) AS VALUES
    ('S', 1, 0.35), ('S', 2, 0.45), ('S', 3, 0.7), ('S', 4, 1.1), ('S', 5, 1.7), ('S', 6, 2.6),
    ('S', 7, 2.4), ('S', 8, 1.3), ('S', 9, 0.6), ('S', 10, 0.35), ('S', 11, 0.3), ('S', 12, 0.35),
    ('W', 1, 1.5), ('W', 2, 1.2), ('W', 3, 0.8), ('W', 4, 0.55), ('W', 5, 0.35), ('W', 6, 0.25),
    ('W', 7, 0.25), ('W', 8, 0.45), ('W', 9, 1.0), ('W', 10, 1.6), ('W', 11, 2.0), ('W', 12, 1.9);

-- @step catalogue
CREATE TEMP TABLE sections AS
SELECT s.*, i.index_name, i.index_group_no, i.index_group_name
FROM cat_sections s JOIN cat_indexes i USING (index_code);
CREATE TEMP TABLE wordlists AS SELECT kind, family, string_split(words, ';') AS w FROM cat_words;
-- Which product types each section sells: those sharing a family (women, men, kids, swim ...).
CREATE TEMP TABLE st AS
SELECT s.section_no, t.product_type_no, t.product_type_name,
       min_by(sf.f, sf.pos) AS family, 1.0::DOUBLE AS w
FROM cat_sections s
CROSS JOIN LATERAL (SELECT unnest(string_split(s.families, ' ')) AS f, generate_subscripts(string_split(s.families, ' '), 1) AS pos) sf
JOIN cat_types t ON list_contains(string_split(t.families, ' '), sf.f)
GROUP BY s.section_no, t.product_type_no, t.product_type_name;

-- @step fit catalogue x8
-- Iterative proportional fitting: section x type weights whose margins match both the real
-- article counts per type and per section.
UPDATE st SET w = st.w * f.f FROM (
    SELECT st.product_type_name, any_value(t.catalogue_weight) / sum(st.w) AS f
    FROM st JOIN cat_types t USING (product_type_name) GROUP BY st.product_type_name) f
WHERE st.product_type_name = f.product_type_name;
UPDATE st SET w = st.w * f.f FROM (
    SELECT st.section_no, any_value(s.catalogue_weight) / sum(st.w) AS f
    FROM st JOIN cat_sections s USING (section_no) GROUP BY st.section_no) f
WHERE st.section_no = f.section_no;

-- @step products
CREATE TEMP TABLE sec_cdf AS
SELECT section_no, sum(wi) OVER (ORDER BY section_no ROWS UNBOUNDED PRECEDING) - wi AS lo, sum(wi) OVER () AS total
FROM (SELECT section_no, round(catalogue_weight)::BIGINT AS wi FROM cat_sections);
CREATE TEMP TABLE st_cdf AS
SELECT section_no, product_type_no, product_type_name, family,
       sum(wi) OVER (PARTITION BY section_no ORDER BY product_type_no ROWS UNBOUNDED PRECEDING) - wi AS lo,
       sum(wi) OVER (PARTITION BY section_no) AS total
FROM (SELECT *, greatest(1, round(w * 1000))::BIGINT AS wi FROM st);
CREATE TEMP TABLE app_cdf AS
SELECT graphical_appearance_no, graphical_appearance_name,
       sum(wi) OVER (ORDER BY graphical_appearance_no ROWS UNBOUNDED PRECEDING) - wi AS lo, sum(wi) OVER () AS total
FROM (SELECT *, round(catalogue_weight * 100)::BIGINT AS wi FROM cat_appearances);
CREATE TEMP TABLE colour_cdf AS
SELECT colour_group_code, sum(wi) OVER (ORDER BY colour_group_code ROWS UNBOUNDED PRECEDING) - wi AS lo, sum(wi) OVER () AS total
FROM (SELECT *, round(catalogue_weight)::BIGINT AS wi FROM cat_colours);
CREATE TEMP TABLE price_points AS
SELECT p, coalesce((p + lag(p) OVER (ORDER BY p)) / 2, 0) AS lo
FROM (SELECT unnest([1.99, 2.99, 3.99, 4.99, 5.99, 6.99, 7.99, 8.99, 9.99, 12.99, 14.99, 17.99, 19.99, 24.99,
                     27.99, 29.99, 34.99, 39.99, 44.99, 49.99, 59.99, 69.99, 79.99, 89.99, 99.99, 129.0,
                     149.0, 199.0, 249.0, 299.0, 349.0]) AS p);
CREATE TEMP TABLE prod0 AS
SELECT p, floor(rnd(p, 'section') * (SELECT max(total) FROM sec_cdf))::BIGINT AS r_sec
FROM range(ceil({{articles}} / 1.9)::BIGINT + 20) t(p);
CREATE TEMP TABLE prod1 AS
SELECT x.p, s.section_no FROM prod0 x ASOF JOIN sec_cdf s ON x.r_sec >= s.lo;
CREATE TEMP TABLE prod2 AS
SELECT x.p, x.section_no, t.product_type_no, t.product_type_name, t.family
FROM (SELECT x.*, floor(rnd(x.p, 'type') * tot.total)::BIGINT AS r_type
      FROM prod1 x JOIN (SELECT DISTINCT section_no, total FROM st_cdf) tot USING (section_no)) x
ASOF JOIN st_cdf t ON x.section_no = t.section_no AND x.r_type >= t.lo;
-- Launch and life: basics live for years; fashion for months; planted lifecycle products
-- rise, peak and decline inside the data's range so every stage is visible.
CREATE TEMP TABLE prod3 AS
SELECT x.*, s.section_name, s.index_code, s.index_name, s.index_group_no, s.index_group_name,
       s.price_factor, s.department_prefix, t.product_group_name, t.garment_group_name AS type_garment_group,
       t.season, t.age_skew, t.retail_price, t.name_words,
       rnd(x.p, 'basic') < 0.22 AS basic,
       rnd(x.p, 'lifecycle') < 0.025 AND t.product_group_name LIKE 'Garment%' AND x.product_type_name <> 'Unknown' AS planted
FROM prod2 x JOIN sections s USING (section_no) JOIN cat_types t USING (product_type_name);
CREATE TEMP TABLE prod4 AS
SELECT *,
       CASE WHEN planted THEN DATE '2018-11-01' + floor(rnd(p, 'launch') * 400)::INTEGER
            WHEN basic THEN DATE '2015-06-01' + floor(rnd(p, 'launch') * 1800)::INTEGER
            ELSE DATE '2018-06-15' + floor(rnd(p, 'launch') * 820)::INTEGER END AS launch,
       CASE WHEN planted THEN 300
            WHEN basic THEN 900 + floor(rnd(p, 'life') * 1600)::INTEGER
            ELSE least(520, greatest(40, round(exp(ln(160) + 0.55 * rnorm(p, 'life')))))::INTEGER END AS life,
       exp(0.95 * rnorm(p, 'popularity')) * CASE WHEN planted THEN 3.0 ELSE 1.0 END AS pop,
       1 + floor(-ln(1 - rnd(p, 'variants')) * 1.68 * CASE WHEN basic THEN 1.6 ELSE 1.0 END)::INTEGER AS n_var
FROM prod3;
-- Product codes grow with launch date, as H&M's do.
CREATE TEMP TABLE products AS
WITH n AS (SELECT count(*) AS n, floor(840000 / count(*))::BIGINT AS step FROM prod4),
ranked AS (SELECT x.*, row_number() OVER (ORDER BY launch, p) - 1 AS launch_rank FROM prod4 x)
SELECT r.*,
       (108000 + r.launch_rank * n.step + floor(rnd(r.p, 'code') * (n.step - 1)))::INTEGER AS product_code,
       rnd(r.p, 'nameform') AS name_form,
       pick((SELECT w FROM wordlists WHERE kind = 'name'), rnd(r.p, 'name')) AS model,
       pick((SELECT w FROM wordlists WHERE kind = 'style' AND family = r.family), rnd(r.p, 'style')) AS style,
       pick(string_split(r.name_words, ';'), rnd(r.p, 'word')) AS word,
       pick((SELECT w FROM wordlists WHERE kind = 'material' AND family = r.family), rnd(r.p, 'material')) AS material,
       CASE WHEN r.product_group_name = 'Garment Upper body' THEN 'upper'
            WHEN r.product_group_name = 'Garment Lower body' THEN 'lower'
            WHEN r.product_group_name = 'Garment Full body' THEN 'full'
            WHEN r.product_group_name = 'Shoes' THEN 'shoes'
            WHEN r.product_group_name IN ('Underwear', 'Nightwear', 'Socks & Tights', 'Underwear/nightwear') THEN 'underwear'
            WHEN r.product_group_name = 'Swimwear' THEN 'swim' ELSE 'acc' END AS part
FROM ranked r, n;

-- @step articles
CREATE TEMP TABLE prod_feats AS
SELECT p.p, CASE WHEN p.family = 'SP' THEN list_concat(sp.w, pt.w) ELSE pt.w END AS fl
FROM products p
JOIN wordlists pt ON pt.kind = 'feature' AND pt.family = p.part
CROSS JOIN (SELECT w FROM wordlists WHERE kind = 'feature' AND family = 'SP') sp;
CREATE TEMP TABLE prod_text AS
SELECT p.p,
       CASE WHEN name_form < 0.35 THEN model || ' ' || word
            WHEN name_form < 0.65 THEN model || ' ' || style || ' ' || word
            WHEN name_form < 0.80 THEN style || ' ' || word
            WHEN name_form < 0.90 THEN model
            ELSE model || ' (' || (1 + floor(rnd(p.p, 'nameno') * 3))::INTEGER || ')' END AS prod_name,
       CASE WHEN rnd(p.p, 'nodesc') < 0.0039 THEN NULL ELSE upper(left(d, 1)) || substr(d, 2) END AS detail_desc
FROM products p JOIN (
    SELECT f.p, CASE WHEN x.style = upper(x.style) THEN x.style ELSE lower(x.style) END || ' ' ||
           CASE x.product_type_name WHEN 'Underwear bottom' THEN 'briefs' WHEN 'Leggings/Tights' THEN 'leggings'
               WHEN 'Hat/beanie' THEN 'hat' WHEN 'Cap/peaked' THEN 'cap' WHEN 'Jumpsuit/Playsuit' THEN 'jumpsuit'
               WHEN 'Hair/alice band' THEN 'alice band' WHEN 'Pyjama jumpsuit/playsuit' THEN 'pyjama all-in-one'
               WHEN 'Other accessories' THEN 'accessory' WHEN 'Other shoe' THEN 'shoes' WHEN 'Unknown' THEN 'item'
               WHEN 'Garment Set' THEN 'set'
               WHEN 'Sneakers' THEN CASE WHEN x.family = 'SP' THEN 'running shoes' ELSE 'trainers' END
               ELSE lower(x.product_type_name) END
           || ' in ' || x.material || ' with ' || f.fl[f.i1 + 1] || ' and '
           || f.fl[((f.i1 + 1 + floor(rnd(f.p, 'f2') * (f.n - 1))::INTEGER) % f.n) + 1] || '.' AS d
    FROM (SELECT p, fl, len(fl) AS n, floor(rnd(p, 'f1') * len(fl))::INTEGER AS i1 FROM prod_feats) f
    JOIN products x USING (p)) t USING (p);
CREATE TEMP TABLE art0 AS
SELECT p.*, unnest(range(p.n_var)) AS j FROM products p;
CREATE TEMP TABLE art1 AS
SELECT a.*,
       (sum(1 + floor(-ln(1 - rnd2(a.p, a.j, 'gap')) * 0.7)) OVER (PARTITION BY a.p ORDER BY a.j ROWS UNBOUNDED PRECEDING))::INTEGER AS variant_no,
       floor(rnd2(a.p, a.j, 'colour') * (SELECT max(total) FROM colour_cdf))::BIGINT AS r_col,
       floor(rnd2(a.p, a.j, 'appearance') * (SELECT max(total) FROM app_cdf))::BIGINT AS r_app
FROM art0 a;
CREATE TEMP TABLE art2 AS
SELECT a.*, c.colour_group_code FROM art1 a ASOF JOIN colour_cdf c ON a.r_col >= c.lo;
CREATE TEMP TABLE art3 AS
SELECT a.*, CASE WHEN a.family IN ('WD', 'MD') AND rnd2(a.p, a.j, 'denim') < 0.75 THEN 1010006
                 ELSE g.graphical_appearance_no END AS graphical_appearance_no
FROM art2 a ASOF JOIN app_cdf g ON a.r_app >= g.lo;
-- The catalogue: the first {{articles}} articles in product-code order.
CREATE TEMP TABLE art_h AS
SELECT row_number() OVER (ORDER BY product_code, variant_no) AS aid, a.*,
       lpad((a.product_code::BIGINT * 1000 + a.variant_no)::VARCHAR, 10, '0') AS article_id,
       CASE WHEN rnd(a.p, 'offer') < 0.02 THEN 'Special Offers'
            WHEN a.family IN ('WD', 'MD') AND a.product_type_name IN ('Trousers', 'Shorts') THEN 'Trousers Denim'
            WHEN a.index_code = 'G' AND a.product_group_name LIKE 'Garment%' THEN 'Woven/Jersey/Knitted mix Baby'
            WHEN a.index_code IN ('H', 'I') AND a.product_type_name IN ('Dress', 'Skirt') THEN 'Dresses/Skirts girls'
            WHEN a.section_name LIKE '%Basics%' AND a.product_type_name IN ('T-shirt', 'Top', 'Vest top', 'Leggings/Tights', 'Bodysuit') THEN 'Jersey Basic'
            ELSE a.type_garment_group END AS garment_group_name,
       a.pop * exp(0.5 * rnorm(a.p * 1000 + a.j, 'variant pop')) * CASE WHEN a.j = 0 THEN 1.5 ELSE 1.0 END AS base_pop,
       0.97 * a.retail_price * a.price_factor * exp(0.2 * rnorm(a.p, 'price')) AS raw_price
FROM art3 a
QUALIFY aid <= {{articles}};
CREATE TEMP TABLE departments AS
SELECT section_no, garment_group_name,
       -- "Men Shoes" rather than "Men Shoes Shoes": a prefix that already names the garment group stands alone.
       CASE WHEN any_value(department_prefix) = '' THEN garment_group_name
            WHEN strpos(lower(any_value(department_prefix)), lower(regexp_extract(garment_group_name, '^[A-Za-z]+'))) > 0
            THEN any_value(department_prefix)
            ELSE any_value(department_prefix) || ' ' || garment_group_name END AS department_name,
       (1201 + 17 * (row_number() OVER (ORDER BY section_no, garment_group_name)))::INTEGER AS department_no
FROM art_h GROUP BY section_no, garment_group_name;
CREATE TEMP TABLE art AS
SELECT a.*, pp.p AS base_retail, d.department_no, d.department_name, gg.garment_group_no,
       c.colour_group_name, c.young_factor, c.old_factor
FROM art_h a
ASOF JOIN price_points pp ON a.raw_price >= pp.lo
JOIN departments d USING (section_no, garment_group_name)
JOIN cat_garment_groups gg USING (garment_group_name)
JOIN cat_colours c USING (colour_group_code);
INSERT INTO articles
SELECT a.article_id, a.product_code, t.prod_name, a.product_type_no, a.product_type_name, a.product_group_name,
       a.graphical_appearance_no, g.graphical_appearance_name, a.colour_group_code, c.colour_group_name,
       c.perceived_colour_value_id, c.perceived_colour_value_name, c.perceived_colour_master_id,
       c.perceived_colour_master_name, a.department_no, a.department_name, a.index_code, a.index_name,
       a.index_group_no, a.index_group_name, a.section_no, a.section_name, a.garment_group_no,
       a.garment_group_name, t.detail_desc
FROM art a JOIN prod_text t USING (p) JOIN cat_appearances g USING (graphical_appearance_no)
JOIN cat_colours c USING (colour_group_code)
ORDER BY a.article_id;

-- @step customers
-- Age: a young hump (about 23), an older one (about 52) and a broad middle; 1.16 % unknown.
CREATE TEMP TABLE cust AS
SELECT i, sha256('customer:{{seed}}:' || i) AS customer_id,
       CASE WHEN rnd(i, 'age null') < 0.0116 THEN NULL ELSE
           least(99, greatest(16, round(CASE WHEN rnd(i, 'age mix') < 0.41 THEN 22.8 + 3.0 * rnorm(i, 'age')
                                             WHEN rnd(i, 'age mix') < 0.755 THEN 53.0 + 8.0 * rnorm(i, 'age')
                                             ELSE 36.5 + 5.5 * rnorm(i, 'age') END)))::INTEGER END AS age,
       CASE WHEN rnd(i, 'club') < 0.92749 THEN 'ACTIVE' WHEN rnd(i, 'club') < 0.99525 THEN 'PRE-CREATE'
            WHEN rnd(i, 'club') < 0.99966 THEN NULL ELSE 'LEFT CLUB' END AS club_member_status,
       CASE WHEN rnd(i, 'news') < 0.6397 THEN 'NONE' WHEN rnd(i, 'news') < 0.9877 THEN 'Regularly'
            WHEN rnd(i, 'news') < 0.9994 THEN NULL WHEN rnd(i, 'news') < 0.9999985 THEN 'Monthly'
            ELSE 'None' END AS fashion_news_frequency,
       CASE WHEN rnd(i, 'postal bucket') < 0.0877 THEN sha256('postal:{{seed}}:shared')
            ELSE sha256('postal:{{seed}}:' || floor(exp(rnd(i, 'postal') * ln(greatest(10, {{customers}} / 3.9))))::BIGINT) END AS postal_code
FROM range({{customers}}) t(i);
CREATE TEMP TABLE cust2 AS
SELECT *, CASE WHEN (fashion_news_frequency IN ('Regularly', 'Monthly') AND rnd(i, 'fn') < 0.995)
                    OR (fashion_news_frequency = 'NONE' AND rnd(i, 'fn') < 0.002) THEN 1.0 END AS FN
FROM cust;
INSERT INTO customers
SELECT customer_id, FN, CASE WHEN FN = 1.0 AND rnd(i, 'active') < 0.97 THEN 1.0 END AS Active,
       club_member_status, fashion_news_frequency, age, postal_code
FROM cust2 ORDER BY customer_id;
-- Hidden behaviour: when a customer buys (a window, shorter for newcomers and churners),
-- how much (activity) and where (online propensity).
CREATE TEMP TABLE cust_b0 AS
SELECT c.i, c.customer_id, band_of(c.age) AS band,
       rnd(c.i, 'buyer') < 0.993 AS buyer,
       CASE WHEN rnd(c.i, 'newcomer') < 0.30 THEN floor(rnd(c.i, 'start') * 700)::INTEGER ELSE 0 END AS start_no,
       rnd(c.i, 'churner') < 0.22 AS churn_draw,
       exp(1.25 * rnorm(c.i, 'activity'))
         * CASE c.club_member_status WHEN 'ACTIVE' THEN 1.0 WHEN 'PRE-CREATE' THEN 0.3 WHEN 'LEFT CLUB' THEN 0.5 ELSE 0.6 END
         * CASE WHEN c.age IS NULL THEN 0.9 WHEN c.age < 20 THEN 0.9 WHEN c.age < 30 THEN 1.12 WHEN c.age >= 60 THEN 0.8 ELSE 1.0 END AS activity,
       least(0.97, greatest(0.03,
           CASE WHEN rnd(c.i, 'channel mix') < 0.52 THEN 0.92 WHEN rnd(c.i, 'channel mix') < 0.7 THEN 0.15 ELSE 0.62 END
           + CASE WHEN c.age < 30 THEN 0.05 WHEN c.age >= 55 THEN -0.1 ELSE 0 END
           + 0.08 * rnorm(c.i, 'online'))) AS p_online
FROM cust c;
CREATE TEMP TABLE cust_b1 AS
SELECT b.*, b.churn_draw AND b.start_no + 45 < 733 AS churner,
       CASE WHEN b.churn_draw AND b.start_no + 45 < 733
            THEN b.start_no + 45 + floor(rnd(b.i, 'end') * (733 - 45 - b.start_no))::INTEGER ELSE 733 END AS end_no
FROM cust_b0 b;
CREATE TEMP TABLE cust_b AS
SELECT b.*, s.lo AS f_start, e.lo + e.w AS f_end,
       round(b.activity * (e.lo + e.w - s.lo) / (SELECT sum(w) FROM days) * 1000000)::BIGINT AS ai
FROM cust_b1 b JOIN day_cdf s ON s.day_no = b.start_no JOIN day_cdf e ON e.day_no = b.end_no;

-- @step article weights
-- Lifecycle of each article by month (at the month's middle day).
CREATE TEMP TABLE art_month AS
SELECT a.aid, m.period, m.vol, month(m.period) AS mon,
       CASE WHEN a.planted THEN 3.5 * exp(-pow(((m.mid - a.launch) - 0.33 * a.life) / (0.16 * a.life), 2))
            ELSE least(1.0, greatest(0.15, ((m.mid - a.launch) + 20) / 45.0))
                 * greatest(0.1, 1 - 0.75 * (m.mid - a.launch) / a.life) END AS life_f
FROM art a JOIN months m ON m.mid BETWEEN a.launch - 15 AND a.launch + a.life;
-- Year-over-year movement per type; loungewear grew and going-out wear shrank in 2020.
CREATE TEMP TABLE type_month AS
SELECT t.product_type_name, m.period, coalesce(s.f, 1.0)
       * exp(CASE t.product_type_name WHEN 'Leggings/Tights' THEN 0.25 WHEN 'Hoodie' THEN 0.3 WHEN 'Pyjama set' THEN 0.3
                 WHEN 'Pyjama bottom' THEN 0.3 WHEN 'Blazer' THEN -0.3 WHEN 'Heels' THEN -0.35 WHEN 'Dress' THEN -0.1
                 WHEN 'Trousers' THEN 0.05 ELSE 0.15 * rnorm(hash(t.product_type_name), 'trend') END
             * (m.mid - DATE '2018-09-20') / 365.25) AS f
FROM cat_types t CROSS JOIN months m LEFT JOIN season_f s ON s.season = t.season AND s.m = month(m.period);
-- Expected sales before calibration, by (type, index group), for fitting both sales margins.
CREATE TEMP TABLE fit AS
SELECT a.product_type_name, a.index_group_name, a.colour_group_name, sum(a.base_pop * am.life_f * am.vol * tm.f) AS s,
       1.0::DOUBLE AS vt, 1.0::DOUBLE AS vg, 1.0::DOUBLE AS vc
FROM art a JOIN art_month am USING (aid) JOIN type_month tm USING (product_type_name, period)
GROUP BY ALL;
CREATE TEMP TABLE fit_type AS
SELECT product_type_name, greatest(sales_weight, 0.05) / sum(greatest(sales_weight, 0.05)) OVER () AS target
FROM cat_types WHERE product_type_name IN (SELECT product_type_name FROM fit);
CREATE TEMP TABLE fit_group AS
SELECT index_group_name, any_value(sales_share) / sum(any_value(sales_share)) OVER () AS target
FROM cat_indexes WHERE index_group_name IN (SELECT index_group_name FROM fit) GROUP BY index_group_name;
CREATE TEMP TABLE fit_colour AS
SELECT colour_group_name, greatest(sales_weight, 0.05) / sum(greatest(sales_weight, 0.05)) OVER () AS target
FROM cat_colours WHERE colour_group_name IN (SELECT colour_group_name FROM fit);

-- @step fit sales x12
UPDATE fit SET vt = fit.vt * coalesce(x.f, 1.0) FROM (
    SELECT f.product_type_name, any_value(t.target) / nullif(sum(f.s * f.vt * f.vg * f.vc) / (SELECT sum(s * vt * vg * vc) FROM fit), 0) AS f
    FROM fit f JOIN fit_type t USING (product_type_name) GROUP BY f.product_type_name) x
WHERE fit.product_type_name = x.product_type_name;
UPDATE fit SET vg = fit.vg * coalesce(x.f, 1.0) FROM (
    SELECT f.index_group_name, any_value(g.target) / nullif(sum(f.s * f.vt * f.vg * f.vc) / (SELECT sum(s * vt * vg * vc) FROM fit), 0) AS f
    FROM fit f JOIN fit_group g USING (index_group_name) GROUP BY f.index_group_name) x
WHERE fit.index_group_name = x.index_group_name;
UPDATE fit SET vc = fit.vc * coalesce(x.f, 1.0) FROM (
    SELECT f.colour_group_name, any_value(c.target) / nullif(sum(f.s * f.vt * f.vg * f.vc) / (SELECT sum(s * vt * vg * vc) FROM fit), 0) AS f
    FROM fit f JOIN fit_colour c USING (colour_group_name) GROUP BY f.colour_group_name) x
WHERE fit.colour_group_name = x.colour_group_name;

-- @step article choice
SET threads = {{threads}};
-- What each age band buys: Divided and young-skewed types and colours for the under-25s,
-- Ladieswear, classic types and dark colours for the older bands, kids' wear for parents.
CREATE TEMP TABLE bands(band, ladies, divided, men, kids, sport, young, old, col) AS VALUES
    ('<25', 0.75, 2.2, 1.0, 0.3, 1.1, 1.6, 0.5, 'y'), ('25-34', 1.0, 1.0, 1.0, 1.6, 1.2, 1.15, 0.8, 'm'),
    ('35-44', 1.1, 0.6, 1.0, 1.8, 1.1, 0.9, 1.0, '-'), ('45-54', 1.25, 0.45, 1.05, 0.7, 0.9, 0.7, 1.3, 'o'),
    ('55+', 1.35, 0.35, 1.2, 0.8, 0.6, 0.55, 1.6, 'O'), ('unknown', 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, '-');
CREATE TEMP TABLE art_cdf AS
SELECT band, period, aid,
       sum(wi) OVER (PARTITION BY band, period ORDER BY aid ROWS UNBOUNDED PRECEDING) - wi AS lo,
       sum(wi) OVER (PARTITION BY band, period) AS total
FROM (
    SELECT b.band, am.period, a.aid,
           round(10000 * a.base_pop * f.vt * f.vg * f.vc * am.life_f * tm.f
                 * CASE a.index_group_name WHEN 'Ladieswear' THEN b.ladies WHEN 'Divided' THEN b.divided
                       WHEN 'Menswear' THEN b.men WHEN 'Baby/Children' THEN b.kids ELSE b.sport END
                 * CASE a.age_skew WHEN 'Y' THEN b.young WHEN 'O' THEN b.old ELSE 1.0 END
                 * CASE b.col WHEN 'y' THEN a.young_factor WHEN 'm' THEN sqrt(a.young_factor)
                       WHEN 'o' THEN sqrt(a.old_factor) WHEN 'O' THEN a.old_factor ELSE 1.0 END)::BIGINT AS wi
    FROM art a JOIN art_month am USING (aid) JOIN type_month tm USING (product_type_name, period)
    JOIN fit f USING (product_type_name, index_group_name, colour_group_name) CROSS JOIN bands b)
WHERE wi > 0;
CREATE TEMP TABLE art_cdf_total AS SELECT DISTINCT band, period, total FROM art_cdf;
-- Planted basket pairs: a bikini top is bought with its matching bottom, a bra with briefs,
-- a blazer with trousers (same index group, so women's with women's).
CREATE TEMP TABLE pair_types(trigger_type, partner_type, p) AS VALUES
    ('Bikini top', 'Swimwear bottom', 0.6), ('Bra', 'Underwear bottom', 0.4), ('Blazer', 'Trousers', 0.3);
CREATE TEMP TABLE partners AS
WITH cand AS (
    SELECT aid, product_type_name, index_group_name,
           row_number() OVER (PARTITION BY product_type_name, index_group_name ORDER BY aid) - 1 AS rn,
           count(*) OVER (PARTITION BY product_type_name, index_group_name) AS n
    FROM art WHERE product_type_name IN (SELECT partner_type FROM pair_types))
SELECT a.aid, c.aid AS partner_aid, pt.p
FROM art a JOIN pair_types pt ON a.product_type_name = pt.trigger_type
JOIN cand c ON c.product_type_name = pt.partner_type AND c.index_group_name = a.index_group_name
           AND c.rn = hash(hash({{seed}}::BIGINT, a.aid, 'partner')) % c.n;

-- @step baskets
-- Baskets (one customer, one day): about {{transactions}} rows' worth, with a small surplus
-- that the last step trims. Churners' visits thin out before they stop.
CREATE TEMP TABLE cust_n AS
SELECT b.*, CASE WHEN NOT b.buyer THEN 0 ELSE greatest(1, floor(
           b.ai * (ceil({{transactions}} / 2.8 * 1.07)) / (SELECT sum(ai) FROM cust_b WHERE buyer)
           + rnd(b.i, 'baskets')))::INTEGER END AS n_baskets
FROM cust_b b;
CREATE TEMP TABLE baskets AS
SELECT x.bid, x.cust, x.band, x.k, dc.d,
       -- Stores closed in the spring 2020 lockdown and reopened slowly.
       CASE WHEN rnd(x.bid, 'channel') < (1 - x.p_online) * sf / ((1 - x.p_online) * sf + x.p_online) THEN 1 ELSE 2 END AS channel,
       1 + floor(-ln(1 - rnd(x.bid, 'items')) * 1.9)::INTEGER AS n_items
FROM (SELECT b.*, row_number() OVER (ORDER BY cust, k) AS bid,
             f_start + floor(CASE WHEN churner THEN 1 - sqrt(1 - rnd2(cust, k, 'day')) ELSE rnd2(cust, k, 'day') END
                             * (f_end - f_start))::BIGINT AS pos
      FROM (SELECT i AS cust, band, p_online, f_start, f_end, churner, unnest(range(n_baskets)) AS k
            FROM cust_n WHERE n_baskets > 0) b) x
ASOF JOIN (SELECT *, CASE WHEN d BETWEEN DATE '2020-03-16' AND DATE '2020-05-10' THEN 0.08
                          WHEN d BETWEEN DATE '2020-05-11' AND DATE '2020-06-14' THEN 0.5 ELSE 1.0 END AS sf
           FROM day_cdf) dc ON x.pos >= dc.lo;

-- @step items
-- Each item's article is drawn from what its customer's age band buys in that month (the
-- month of the day, jittered by up to 15 days so lifecycles and seasons change smoothly).
CREATE TEMP TABLE items AS
SELECT i.bid, i.cust, i.k, i.d, i.channel, i.j AS item, c.aid
FROM (SELECT i.*, floor(rnd2(i.bid, i.j, 'article') * t.total)::BIGINT AS r
      FROM (SELECT b.bid, b.cust, b.band, b.k, b.d, b.channel, b.j,
                   greatest(DATE '2018-09-01', least(DATE '2020-09-01',
                       date_trunc('month', b.d + (floor(rnd2(b.bid, b.j, 'jitter') * 31) - 15)::INTEGER)::DATE)) AS period
            FROM (SELECT *, unnest(range(n_items)) AS j FROM baskets) b) i
      JOIN art_cdf_total t USING (band, period)) i
ASOF JOIN art_cdf c ON i.band = c.band AND i.period = c.period AND i.r >= c.lo;
DROP TABLE baskets;
-- Partner items, then repeated rows: several units of one article bought together.
CREATE TEMP TABLE rows1 AS
SELECT r.*, unnest(range(CASE WHEN u < 0.01 THEN 3 WHEN u < 0.075 THEN 2 ELSE 1 END)) AS copy
FROM (SELECT *, rnd2(bid, item, 'units') AS u FROM (
          SELECT bid, cust, k, d, channel, item, aid FROM items
          UNION ALL
          SELECT i.bid, i.cust, i.k, i.d, i.channel, 100000 + i.item, p.partner_aid
          FROM items i JOIN partners p USING (aid) WHERE rnd2(i.bid, i.item, 'pair') < p.p)) r;
DROP TABLE items;

-- @step transactions
-- Keep whole baskets in a random order until exactly {{transactions}} rows; every
-- customer's first basket is kept first, so trimming never removes a buyer.
CREATE TEMP TABLE kept AS
WITH per_basket AS (SELECT bid, count(*) AS n, CASE WHEN any_value(k) = 0 THEN -1.0 ELSE rnd(bid, 'keep') END AS key
                    FROM rows1 GROUP BY bid),
cum AS (SELECT bid, sum(n) OVER (ORDER BY key, bid ROWS UNBOUNDED PRECEDING) - n AS before FROM per_basket)
SELECT r.bid, r.cust, r.d, r.channel, r.item, r.aid, c.before + row_number() OVER (PARTITION BY r.bid ORDER BY r.item, r.copy) AS row_no
FROM rows1 r JOIN cum c USING (bid)
WHERE c.before < {{transactions}};
DROP TABLE rows1;
-- Prices: the article's price point, marked down in sale months (more in stores), on H&M's
-- scale (retail price / 590).
SET preserve_insertion_order = true;
INSERT INTO transactions
SELECT r.d, cu.customer_id, a.article_id,
       CASE WHEN rnd2(r.bid, r.item, 'discount') <
                       CASE month(r.d) WHEN 1 THEN 0.35 WHEN 2 THEN 0.15 WHEN 6 THEN 0.3 WHEN 7 THEN 0.45 WHEN 8 THEN 0.25
                                       WHEN 9 THEN 0.03 WHEN 11 THEN 0.15 WHEN 12 THEN 0.25 ELSE 0.08 END
                       + CASE WHEN r.channel = 1 THEN 0.2 ELSE 0 END
                  THEN greatest(0.49, round(a.base_retail * [0.5, 0.6, 0.7][1 + floor(rnd2(r.bid, r.item, 'markdown') * 3)::INTEGER]) - 0.01)
                  WHEN rnd2(r.bid, r.item, 'promo') < 0.03
                  THEN round(a.base_retail * (0.75 + 0.2 * rnd2(r.bid, r.item, 'promo price')), 2)
                  ELSE a.base_retail END / 590.0 AS price,
       r.channel
FROM kept r JOIN art a USING (aid) JOIN cust cu ON cu.i = r.cust
WHERE r.row_no <= {{transactions}}
ORDER BY r.d, cu.customer_id, a.article_id, price, r.channel;
DROP TABLE kept;

-- @step planted structure
CREATE SCHEMA IF NOT EXISTS meta;
-- Ground truth for tests and evaluation; the SQL gate only shows the main schema.
CREATE TABLE meta.planted (kind VARCHAR, item VARCHAR, partner VARCHAR, detail VARCHAR);
INSERT INTO meta.planted
SELECT 'lifecycle', article_id, NULL,
       'launch ' || launch || ', peak about ' || (launch + round(0.33 * life)::INTEGER) || ', over by ' || (launch + life)
FROM art WHERE planted ORDER BY article_id;
INSERT INTO meta.planted
SELECT 'pair type', trigger_type, partner_type, 'share of baskets with the partner added: ' || p FROM pair_types ORDER BY 1;
INSERT INTO meta.planted
SELECT 'pair article', a.article_id, b.article_id, 'partner added with probability ' || p.p
FROM partners p JOIN art a ON a.aid = p.aid JOIN art b ON b.aid = p.partner_aid ORDER BY 2;
INSERT INTO meta.planted
SELECT 'season ' || CASE season WHEN 'S' THEN 'summer' ELSE 'winter' END, product_type_name, NULL, NULL
FROM cat_types WHERE season IN ('S', 'W') ORDER BY 1, 2;
INSERT INTO meta.planted
SELECT 'churner', customer_id, NULL, 'no purchases after ' || (DATE '2018-09-20' + end_no)
FROM cust_b1 WHERE churner AND buyer ORDER BY customer_id;
