-- 烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）(issued with the 化工 standard under 安监总管三〔2017〕121号,
-- 2017-11-13): its 20 situations of 重大事故隐患, in its order, each as a short statement of what the inspector checks
-- (our own words), with its item number and the citation a decision quotes. Applies to every enterprise of the sector.

INSERT INTO checklist (id, code, version, title, source_document, sectors, feature, industry, effective_from,
                       effective_until, status, created_at, created_by)
VALUES (nextval('checklist_seq'), 'FW-121', 1, '烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）', '安监总管三〔2017〕121号',
        ARRAY['FIREWORKS']::varchar(32)[], NULL, NULL, DATE '2017-11-13', NULL, 'IN_FORCE', now(), 'system');

INSERT INTO checklist_item (id, checklist_id, position, reference, text, basis, major)
SELECT nextval('checklist_item_seq'), c.id, v.position, v.reference, v.text,
       '安监总管三〔2017〕121号 烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行） ' || v.reference, true
FROM checklist c
CROSS JOIN (VALUES
    (1, '第（一）项', '核查主要负责人和安全生产管理人员是否持有有效的安全生产知识和管理能力考核合格证明。'),
    (2, '第（二）项', '核查特种作业人员是否持证上岗；检维修设备设施前是否已清除药物，有无带药检维修。'),
    (3, '第（三）项', '核查有无职工自带工器具或机器设备进厂从事涉药作业。'),
    (4, '第（四）项', '核查各工（库）房现场作业人数是否超过核定人数。'),
    (5, '第（五）项', '核查各工（库）房内滞留或存放的药量是否超过核定药量。'),
    (6, '第（六）项', '核查工（库）房内部、外部安全距离是否足够，防护屏障是否齐全且符合要求。'),
    (7, '第（七）项', '核查防静电、防火、防雷设备设施是否齐全有效。'),
    (8, '第（八）项', '核查有无擅自改变工（库）房用途或违规私搭乱建。'),
    (9, '第（九）项', '核查工厂围墙是否完整，厂区分区设置是否符合国家标准。'),
    (10, '第（十）项', '核查氧化剂与还原剂是否分库储存，有无违规预混，或在同一工房内粉碎、称量。'),
    (11, '第（十一）项', '核查在用涉药机械设备是否经安全性论证，有无擅自更改或改变用途。'),
    (12, '第（十二）项', '核查中转库、药物总库和成品总库的储存能力是否与设计产能相匹配。'),
    (13, '第（十三）项', '核查是否建立与岗位相匹配的全员安全生产责任制，是否制定并实施生产安全事故隐患排查治理制度。'),
    (14, '第（十四）项', '核查有无出租、出借、转让、买卖、冒用或伪造许可证。'),
    (15, '第（十五）项', '核查生产经营的产品种类、危险等级是否超出许可范围，有无生产使用违禁药物。'),
    (16, '第（十六）项', '核查有无将生产线、工房、库房分包、转包组织生产经营。'),
    (17, '第（十七）项', '核查有无一证多厂或多个股东各自独立组织生产经营。'),
    (18, '第（十八）项', '核查在许可证过期、整顿改造、恶劣天气等停产停业期间是否仍组织生产经营。'),
    (19, '第（十九）项', '核查烟花爆竹仓库是否存放其他爆炸物等危险物品，有无生产经营违禁或超标产品。'),
    (20, '第（二十）项', '核查零售点是否与居民居住场所设在同一建筑物内，零售场所内有无使用明火。')
) AS v (position, reference, text)
WHERE c.code = 'FW-121' AND c.version = 1
ORDER BY v.position;
