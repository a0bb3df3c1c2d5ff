-- Row numbers are derived, never stored stale (docs/decisions/0015-derived-numbers-and-one-unit.md). Stored plans
-- hold the original's numbering as labels ("1", "2", … "6.1", "I.", "II."), which go stale when a row is deleted.
-- The rule of vn.kehoachxa.domain.plan.OwnLabels, per run of siblings (top rows of a task group, of the whole
-- target matrix or indicator table; the sub-rows of one row; the groups of one table):
--  * labels that are all whole numbers (sub-rows: the parent's label, a dot, a whole number; groups: I., II., …)
--    going up down the table are the positional numbering: all dropped;
--  * otherwise a label equal to the number its place gives is dropped, the others (the original's own) kept.
-- Places: indicators 1… across groups, target rows 1… across groups, task rows from 1 in each group, sub-rows
-- "<parent's number>.<place>", titled groups I., II.… Only sub-rows of labelled or top rows are handled; deeper
-- ones keep their labels, which print the same until rows around them change.

UPDATE item_group SET label = NULL WHERE label IS NOT NULL AND TRIM(label) = '';
UPDATE indicator SET number_label = NULL WHERE number_label IS NOT NULL AND TRIM(number_label) = '';
UPDATE assignment_item SET number_label = NULL WHERE number_label IS NOT NULL AND TRIM(number_label) = '';

-- Sub-rows first, while their parents still carry the labels the sub-rows were numbered under.
UPDATE assignment_item c SET number_label = NULL
WHERE c.parent_id IS NOT NULL AND c.number_label IS NOT NULL
  AND EXISTS (SELECT 1 FROM assignment_item p WHERE p.id = c.parent_id AND p.number_label IS NOT NULL)
  AND NOT EXISTS (
      SELECT 1 FROM assignment_item a JOIN assignment_item p ON p.id = a.parent_id
      WHERE a.parent_id = c.parent_id AND a.number_label IS NOT NULL
        AND CASE WHEN LEFT(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.')) = TRIM(p.number_label) || '.'
            AND REGEXP_LIKE(SUBSTRING(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.') + 1),
                '^[0-9]{1,6}$')
            THEN CAST(SUBSTRING(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.') + 1) AS INT) END IS NULL)
  AND NOT EXISTS (
      SELECT 1 FROM assignment_item a JOIN assignment_item b ON b.parent_id = a.parent_id
      JOIN assignment_item p ON p.id = a.parent_id
      WHERE a.parent_id = c.parent_id AND a.number_label IS NOT NULL AND b.number_label IS NOT NULL
        AND a.position < b.position
        AND CASE WHEN LEFT(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.')) = TRIM(p.number_label) || '.'
            AND REGEXP_LIKE(SUBSTRING(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.') + 1),
                '^[0-9]{1,6}$')
            THEN CAST(SUBSTRING(TRIM(a.number_label), LENGTH(TRIM(p.number_label) || '.') + 1) AS INT) END
            >= CASE WHEN LEFT(TRIM(b.number_label), LENGTH(TRIM(p.number_label) || '.')) = TRIM(p.number_label) ||
                '.'
                AND REGEXP_LIKE(SUBSTRING(TRIM(b.number_label), LENGTH(TRIM(p.number_label) || '.') + 1),
                    '^[0-9]{1,6}$')
                THEN CAST(SUBSTRING(TRIM(b.number_label), LENGTH(TRIM(p.number_label) || '.') + 1) AS INT) END);

UPDATE assignment_item c SET number_label = NULL
WHERE c.parent_id IS NOT NULL AND c.number_label IS NOT NULL
  AND TRIM(c.number_label) = (
      SELECT COALESCE(TRIM(p.number_label), CAST(t.n AS VARCHAR)) || '.' || CAST(s.n AS VARCHAR)
      FROM assignment_item p
      JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY parent_id ORDER BY position) AS n
            FROM assignment_item WHERE parent_id IS NOT NULL) s ON s.id = c.id
      LEFT JOIN (SELECT x.id, ROW_NUMBER() OVER (
                     PARTITION BY x.plan_id, x.matrix, CASE WHEN x.matrix = 'TASK' THEN x.group_id ELSE 0 END
                     ORDER BY g.position, x.position) AS n
                 FROM assignment_item x JOIN item_group g ON g.id = x.group_id
                 WHERE x.parent_id IS NULL) t ON t.id = p.id
      WHERE p.id = c.parent_id AND (p.number_label IS NOT NULL OR p.parent_id IS NULL));

-- Top rows: positional runs.
UPDATE assignment_item i SET number_label = NULL
WHERE i.parent_id IS NULL AND i.number_label IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM assignment_item a
      WHERE a.plan_id = i.plan_id AND a.matrix = i.matrix AND a.parent_id IS NULL AND (i.matrix <> 'TASK' OR
          a.group_id = i.group_id) AND a.number_label IS NOT NULL AND CASE WHEN REGEXP_LIKE(TRIM(a.number_label),
          '^[0-9]{1,6}$')
          THEN CAST(TRIM(a.number_label) AS INT) END IS NULL)
  AND NOT EXISTS (
      SELECT 1 FROM assignment_item a JOIN item_group ga ON ga.id = a.group_id,
                    assignment_item b JOIN item_group gb ON gb.id = b.group_id
      WHERE a.plan_id = i.plan_id AND a.matrix = i.matrix AND a.parent_id IS NULL AND (i.matrix <> 'TASK' OR
          a.group_id = i.group_id) AND b.plan_id = i.plan_id AND b.matrix = i.matrix AND b.parent_id IS NULL AND
          (i.matrix <> 'TASK' OR b.group_id = i.group_id)
        AND a.number_label IS NOT NULL AND b.number_label IS NOT NULL
        AND (ga.position < gb.position OR ga.position = gb.position AND a.position < b.position)
        AND CASE WHEN REGEXP_LIKE(TRIM(a.number_label), '^[0-9]{1,6}$')
            THEN CAST(TRIM(a.number_label) AS INT) END >= CASE WHEN REGEXP_LIKE(TRIM(b.number_label),
                '^[0-9]{1,6}$')
            THEN CAST(TRIM(b.number_label) AS INT) END);

-- Top rows: a label equal to its place.
UPDATE assignment_item i SET number_label = NULL
WHERE i.parent_id IS NULL AND i.number_label IS NOT NULL
  AND TRIM(i.number_label) = (
      SELECT CAST(r.n AS VARCHAR)
      FROM (SELECT x.id, ROW_NUMBER() OVER (
                PARTITION BY x.plan_id, x.matrix, CASE WHEN x.matrix = 'TASK' THEN x.group_id ELSE 0 END
                ORDER BY g.position, x.position) AS n
            FROM assignment_item x JOIN item_group g ON g.id = x.group_id
            WHERE x.parent_id IS NULL) r
      WHERE r.id = i.id);

-- Indicators: one run across the table's groups.
UPDATE indicator i SET number_label = NULL
WHERE i.number_label IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM indicator a
      WHERE a.plan_id = i.plan_id AND a.number_label IS NOT NULL AND CASE WHEN REGEXP_LIKE(TRIM(a.number_label),
          '^[0-9]{1,6}$')
          THEN CAST(TRIM(a.number_label) AS INT) END IS NULL)
  AND NOT EXISTS (
      SELECT 1 FROM indicator a JOIN item_group ga ON ga.id = a.group_id,
                    indicator b JOIN item_group gb ON gb.id = b.group_id
      WHERE a.plan_id = i.plan_id AND b.plan_id = i.plan_id
        AND a.number_label IS NOT NULL AND b.number_label IS NOT NULL
        AND (ga.position < gb.position OR ga.position = gb.position AND a.position < b.position)
        AND CASE WHEN REGEXP_LIKE(TRIM(a.number_label), '^[0-9]{1,6}$')
            THEN CAST(TRIM(a.number_label) AS INT) END >= CASE WHEN REGEXP_LIKE(TRIM(b.number_label),
                '^[0-9]{1,6}$')
            THEN CAST(TRIM(b.number_label) AS INT) END);

UPDATE indicator i SET number_label = NULL
WHERE i.number_label IS NOT NULL
  AND TRIM(i.number_label) = (
      SELECT CAST(r.n AS VARCHAR)
      FROM (SELECT x.id, ROW_NUMBER() OVER (PARTITION BY x.plan_id ORDER BY g.position, x.position) AS n
            FROM indicator x JOIN item_group g ON g.id = x.group_id) r
      WHERE r.id = i.id);

-- Groups with a title: I., II.… going up, or a label equal to its place.
UPDATE item_group g SET label = NULL
WHERE g.label IS NOT NULL AND g.title IS NOT NULL AND TRIM(g.title) <> ''
  AND NOT EXISTS (
      SELECT 1 FROM item_group a
      WHERE a.plan_id = g.plan_id AND a.table_kind = g.table_kind AND a.label IS NOT NULL
        AND CASE TRIM(a.label) WHEN 'I.' THEN 1 WHEN 'II.' THEN 2 WHEN 'III.' THEN 3 WHEN 'IV.' THEN 4 WHEN 'V.'
            THEN 5 WHEN 'VI.' THEN 6 WHEN 'VII.' THEN 7 WHEN 'VIII.' THEN 8 WHEN 'IX.' THEN 9 WHEN 'X.' THEN 10
            WHEN 'XI.' THEN 11 WHEN 'XII.' THEN 12 WHEN 'XIII.' THEN 13 WHEN 'XIV.' THEN 14 WHEN 'XV.' THEN 15 WHEN
            'XVI.' THEN 16 WHEN 'XVII.' THEN 17 WHEN 'XVIII.' THEN 18 WHEN 'XIX.' THEN 19 WHEN 'XX.' THEN 20 END IS
            NULL)
  AND NOT EXISTS (
      SELECT 1 FROM item_group a JOIN item_group b ON b.plan_id = a.plan_id AND b.table_kind = a.table_kind
      WHERE a.plan_id = g.plan_id AND a.table_kind = g.table_kind AND a.label IS NOT NULL AND b.label IS NOT NULL
        AND a.position < b.position
        AND CASE TRIM(a.label) WHEN 'I.' THEN 1 WHEN 'II.' THEN 2 WHEN 'III.' THEN 3 WHEN 'IV.' THEN 4 WHEN 'V.'
            THEN 5 WHEN 'VI.' THEN 6 WHEN 'VII.' THEN 7 WHEN 'VIII.' THEN 8 WHEN 'IX.' THEN 9 WHEN 'X.' THEN 10
            WHEN 'XI.' THEN 11 WHEN 'XII.' THEN 12 WHEN 'XIII.' THEN 13 WHEN 'XIV.' THEN 14 WHEN 'XV.' THEN 15 WHEN
            'XVI.' THEN 16 WHEN 'XVII.' THEN 17 WHEN 'XVIII.' THEN 18 WHEN 'XIX.' THEN 19 WHEN 'XX.' THEN 20 END >=
            CASE TRIM(b.label) WHEN 'I.' THEN 1 WHEN 'II.' THEN 2 WHEN 'III.' THEN 3 WHEN 'IV.' THEN 4 WHEN 'V.'
            THEN 5 WHEN 'VI.' THEN 6 WHEN 'VII.' THEN 7 WHEN 'VIII.' THEN 8 WHEN 'IX.' THEN 9 WHEN 'X.' THEN 10
            WHEN 'XI.' THEN 11 WHEN 'XII.' THEN 12 WHEN 'XIII.' THEN 13 WHEN 'XIV.' THEN 14 WHEN 'XV.' THEN 15 WHEN
            'XVI.' THEN 16 WHEN 'XVII.' THEN 17 WHEN 'XVIII.' THEN 18 WHEN 'XIX.' THEN 19 WHEN 'XX.' THEN 20 END);

UPDATE item_group g SET label = NULL
WHERE g.label IS NOT NULL AND g.title IS NOT NULL AND TRIM(g.title) <> ''
  AND TRIM(g.label) = (
      SELECT CASE r.n WHEN 1 THEN 'I.' WHEN 2 THEN 'II.' WHEN 3 THEN 'III.' WHEN 4 THEN 'IV.' WHEN 5 THEN 'V.'
          WHEN 6 THEN 'VI.' WHEN 7 THEN 'VII.' WHEN 8 THEN 'VIII.' WHEN 9 THEN 'IX.' WHEN 10 THEN 'X.'
          WHEN 11 THEN 'XI.' WHEN 12 THEN 'XII.' WHEN 13 THEN 'XIII.' WHEN 14 THEN 'XIV.' WHEN 15 THEN 'XV.'
          WHEN 16 THEN 'XVI.' WHEN 17 THEN 'XVII.' WHEN 18 THEN 'XVIII.' WHEN 19 THEN 'XIX.' WHEN 20 THEN 'XX.' END
      FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY plan_id, table_kind ORDER BY position) AS n
            FROM item_group) r
      WHERE r.id = g.id);

-- One unit of measure per indicator: a unit typed on a target (the target editor stored it there, where nothing
-- printed it) becomes the indicator's when the indicator has none; then targets lose the column.
UPDATE indicator i SET unit_of_measure = (
    SELECT TRIM(t.unit_of_measure) FROM indicator_target t
    WHERE t.indicator_id = i.id AND t.unit_of_measure IS NOT NULL AND TRIM(t.unit_of_measure) <> ''
    ORDER BY t.position FETCH FIRST 1 ROW ONLY)
WHERE (i.unit_of_measure IS NULL OR TRIM(i.unit_of_measure) = '')
  AND EXISTS (SELECT 1 FROM indicator_target t
              WHERE t.indicator_id = i.id AND t.unit_of_measure IS NOT NULL AND TRIM(t.unit_of_measure) <> '');

ALTER TABLE indicator_target DROP COLUMN unit_of_measure;
