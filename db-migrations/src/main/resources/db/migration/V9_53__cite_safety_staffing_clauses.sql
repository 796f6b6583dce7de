-- The enterprise file cited a local implementing opinion that does not exist ("某市实施意见第3条") and the whole
-- 100-person rule whatever the unit. The statute in force is 《中华人民共和国安全生产法》（2021年修正，2021-09-01 起施行）
-- 第二十四条; before it, the same rule was 第二十一条 of the 2014 amendment (2014-12-01). The file now cites only the
-- clause that applies, each clause being rule data of its own: value = the article number, source = the clause cited with a summary in
-- our own words.

-- The threshold as first loaded came from the 2014 amendment: its source names that article.
UPDATE rule_parameter
SET source = '《中华人民共和国安全生产法》（2014年修正）第二十一条第二款'
WHERE key = 'safety-staffing.employee-threshold' AND province_code IS NULL AND effective_from = DATE '2014-12-01';

INSERT INTO rule_parameter (key, province_code, effective_from, value, source) VALUES
    ('safety-staffing.employee-threshold', NULL, DATE '2021-09-01', 100,
     '《中华人民共和国安全生产法》（2021年修正）第二十四条第二款'),

    ('safety-staffing.clause.high-risk-units', NULL, DATE '2014-12-01', 21,
     '《中华人民共和国安全生产法》（2014年修正）第二十一条第一款（矿山、金属冶炼、建筑施工、道路运输单位及危险物品生产经营储存单位：不论人数，须设管理机构或配专职安全管理人员）'),
    ('safety-staffing.clause.above-threshold', NULL, DATE '2014-12-01', 21,
     '《中华人民共和国安全生产法》（2014年修正）第二十一条第二款（其他单位从业人员超过一百人：须设管理机构或配专职安全管理人员）'),
    ('safety-staffing.clause.at-or-below-threshold', NULL, DATE '2014-12-01', 21,
     '《中华人民共和国安全生产法》（2014年修正）第二十一条第二款（其他单位从业人员一百人以下：配专职或兼职安全管理人员即可）'),

    ('safety-staffing.clause.high-risk-units', NULL, DATE '2021-09-01', 24,
     '《中华人民共和国安全生产法》（2021年修正）第二十四条第一款（矿山、金属冶炼、建筑施工、运输单位及危险物品生产经营储存装卸单位：不论人数，须设管理机构或配专职安全管理人员）'),
    ('safety-staffing.clause.above-threshold', NULL, DATE '2021-09-01', 24,
     '《中华人民共和国安全生产法》（2021年修正）第二十四条第二款（其他单位从业人员超过一百人：须设管理机构或配专职安全管理人员）'),
    ('safety-staffing.clause.at-or-below-threshold', NULL, DATE '2021-09-01', 24,
     '《中华人民共和国安全生产法》（2021年修正）第二十四条第二款（其他单位从业人员一百人以下：配专职或兼职安全管理人员即可）');
