-- The checklists of 工贸企业重大事故隐患判定标准 (中华人民共和国应急管理部令第10号, adopted 2023-03-20, published
-- 2023-04-14, in force since 2023-05-15; its 第十五条 repeals the 2017 工贸行业 standard, 安监总管四〔2017〕129号).
-- One checklist per article: 第三条 (管理类, every 工贸 enterprise), 第四条 to 第十条 (行业类: 冶金, 有色, 建材, 机械,
-- 轻工, 纺织, 烟草; the standard has no 商贸 article) and 第十一条 to 第十三条 (专项类: 粉尘爆炸, 液氨制冷, 有限空间).
-- 第十四条 (a monitoring, alarm or protection device that the situations require and that fails or does not work counts
-- as the situation itself) is part of how each item is judged, not an item of its own.
--
-- Every item is a concise statement, in our own words, of what the inspector checks (核查…: the situation of the
-- standard, put as a question); reference = the item's number in the standard, basis = the citation a decision
-- quotes. Every situation of the standard is a 重大事故隐患, so every item is major.
--
-- Only items whose official text was read are seeded. A list whose items could not all be read is seeded as DRAFT
-- with the items that were read (it is not used by inspections until an administrator completes it and puts it in
-- force); the articles of which no item could be read (第五条 有色, 第八条 轻工, 第九条 纺织) get no list yet.
--
-- Which lists an enterprise gets: the 第三条 list and the 冶金 list apply by sector (automatic, industry NULL); the
-- 专项类 lists apply by the enterprise's feature (automatic); the other 行业类 lists name their industry and are added
-- by the inspector, because the enterprise data holds no 工贸 sub-industry.

INSERT INTO checklist (id, code, version, title, source_document, sectors, feature, industry, effective_from,
                       effective_until, status, created_at, created_by)
VALUES (nextval('checklist_seq'), 'IT-10-GENERAL', 1, '工贸企业重大事故隐患判定标准 第三条（管理类）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE', 'METALLURGY']::varchar(32)[], NULL, NULL, DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-METALLURGY', 1, '工贸企业重大事故隐患判定标准 第四条（冶金企业）',
        '应急管理部令第10号', ARRAY ['METALLURGY']::varchar(32)[], NULL, NULL, DATE '2023-05-15',
        NULL, 'DRAFT', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-BUILDING-MATERIALS', 1, '工贸企业重大事故隐患判定标准 第六条（建材企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'BUILDING_MATERIALS', DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-MACHINERY', 1, '工贸企业重大事故隐患判定标准 第七条（机械企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'MACHINERY', DATE '2023-05-15',
        NULL, 'DRAFT', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-TOBACCO', 1, '工贸企业重大事故隐患判定标准 第十条（烟草企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'TOBACCO', DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-DUST', 1, '工贸企业重大事故隐患判定标准 第十一条（存在粉尘爆炸危险）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE', 'METALLURGY']::varchar(32)[], 'COMBUSTIBLE_DUST', NULL,
        DATE '2023-05-15', NULL, 'DRAFT', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-AMMONIA', 1, '工贸企业重大事故隐患判定标准 第十二条（使用液氨制冷）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE', 'METALLURGY']::varchar(32)[], 'AMMONIA_REFRIGERATION', NULL,
        DATE '2023-05-15', NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-CONFINED-SPACE', 1,
        '工贸企业重大事故隐患判定标准 第十三条（存在硫化氢、一氧化碳等中毒风险的有限空间作业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE', 'METALLURGY']::varchar(32)[], 'CONFINED_SPACE', NULL,
        DATE '2023-05-15', NULL, 'IN_FORCE', now(), 'system');

INSERT INTO checklist_item (id, checklist_id, position, reference, text, basis, major)
SELECT nextval('checklist_item_seq'), c.id, i.position, i.reference, i.text,
       '应急管理部令第10号 工贸企业重大事故隐患判定标准 ' || i.reference, true
FROM (VALUES
    -- 第三条 管理类: every 工贸 enterprise
    ('IT-10-GENERAL', 1, '第三条第（一）项',
     '核查是否对承包单位、承租单位的安全生产工作统一协调、管理，并定期对其进行安全检查。'),
    ('IT-10-GENERAL', 2, '第三条第（二）项',
     '核查特种作业人员是否均按规定经专门的安全作业培训、取得相应资格后上岗作业。'),
    ('IT-10-GENERAL', 3, '第三条第（三）项',
     '核查金属冶炼企业的主要负责人和安全生产管理人员是否已按规定经考核合格。'),
    -- 第四条 冶金: items (一) to (四) read; the items from (五) on are still to be added (list in DRAFT)
    ('IT-10-METALLURGY', 1, '第四条第（一）项',
     '核查会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）这6类人员聚集场所，以及钢铁水罐冷（热）修工位，'
     || '有无设在铁水、钢水、液渣吊运跨的地坪区域内。'),
    ('IT-10-METALLURGY', 2, '第四条第（二）项',
     '核查生产期间冶炼、精炼、铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、'
     || '厂房内吊运和地面运输通道这6类区域有无积水。'),
    ('IT-10-METALLURGY', 3, '第四条第（三）项',
     '核查炼钢连铸流程是否设有事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）和漏钢回转溜槽，模铸流程是否设有事故钢水罐（坑、槽）。'),
    ('IT-10-METALLURGY', 4, '第四条第（四）项',
     '核查转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等炼钢炉的水冷元件是否设有出水温度、进出水流量差等监测报警装置，'
     || '监测报警装置是否与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁。'),
    -- 第六条 建材: all eight items
    ('IT-10-BUILDING-MATERIALS', 1, '第六条第（一）项',
     '核查煤磨袋式收尘器、煤粉仓是否设有温度和固定式一氧化碳浓度监测报警装置，是否设有气体灭火装置。'),
    ('IT-10-BUILDING-MATERIALS', 2, '第六条第（二）项',
     '核查筒型储库人工清库作业是否落实清库方案中防止高处坠落、坍塌等安全措施。'),
    ('IT-10-BUILDING-MATERIALS', 3, '第六条第（三）项',
     '核查水泥企业电石渣原料筒型储库是否设有固定式可燃气体浓度监测报警装置，监测报警装置是否与事故通风装置联锁。'),
    ('IT-10-BUILDING-MATERIALS', 4, '第六条第（四）项',
     '核查进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，是否对可能意外启动的设备和可能涌入的物料、'
     || '高温气体、有毒有害气体等采取隔离措施，是否落实防止高处坠落、坍塌等安全措施。'),
    ('IT-10-BUILDING-MATERIALS', 5, '第六条第（五）项',
     '核查采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）燃气总管是否设有管道压力监测报警装置，是否与紧急自动切断装置联锁。'),
    ('IT-10-BUILDING-MATERIALS', 6, '第六条第（六）项',
     '核查制氢站、氮氢保护气体配气间、燃气配气间这3类场所是否设有固定式可燃气体浓度监测报警装置。'),
    ('IT-10-BUILDING-MATERIALS', 7, '第六条第（七）项',
     '核查电熔制品电炉的水冷设备是否有效。'),
    ('IT-10-BUILDING-MATERIALS', 8, '第六条第（八）项',
     '核查玻璃窑炉、玻璃锡槽等设备的水冷和风冷保护系统是否设有监测报警装置。'),
    -- 第七条 机械: items (一) and (二) read; the items from (三) on are still to be added (list in DRAFT)
    ('IT-10-MACHINERY', 1, '第七条第（一）项',
     '核查会议室、活动室、休息室、更衣室、交接班室这5类人员聚集场所有无设在熔融金属吊运跨或者浇注跨的地坪区域内。'),
    ('IT-10-MACHINERY', 2, '第七条第（二）项',
     '核查铸造用熔炼炉、精炼炉、保温炉是否设有紧急排放和应急储存设施。'),
    -- 第十条 烟草: both items
    ('IT-10-TOBACCO', 1, '第十条第（一）项',
     '核查熏蒸作业场所是否配备磷化氢气体浓度监测报警仪器和防毒面具，熏蒸杀虫作业前是否确认无关人员已全部撤离熏蒸作业场所。'),
    ('IT-10-TOBACCO', 2, '第十条第（二）项',
     '核查使用液态二氧化碳制造膨胀烟丝的生产线和场所是否设有固定式二氧化碳浓度监测报警装置，是否与事故通风设施联锁。'),
    -- 第十一条 粉尘爆炸: items (一) to (八) read; (九) and (十) are still to be added (list in DRAFT)
    ('IT-10-DUST', 1, '第十一条第（一）项',
     '核查粉尘爆炸危险场所有无设在非框架结构的多层建（构）筑物内，场所内有无员工宿舍、会议室、办公室、休息室等人员聚集场所。'),
    ('IT-10-DUST', 2, '第十一条第（二）项',
     '核查不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质有无共用一套除尘系统，不同建（构）筑物、'
     || '不同防火分区有无共用一套除尘系统，除尘系统之间有无互联互通。'),
    ('IT-10-DUST', 3, '第十一条第（三）项',
     '核查干式除尘系统是否至少采取了泄爆、惰化、抑爆等爆炸防控措施中的一种。'),
    ('IT-10-DUST', 4, '第十一条第（四）项',
     '核查铝镁等金属粉尘除尘系统有无采用正压除尘方式；其他可燃性粉尘除尘系统正压吹送粉尘时，是否采取火花探测消除等防范点燃源措施。'),
    ('IT-10-DUST', 5, '第十一条第（五）项',
     '核查除尘系统有无采用重力沉降室除尘，有无以干式巷道式构筑物作为除尘风道。'),
    ('IT-10-DUST', 6, '第十一条第（六）项',
     '核查铝镁等金属粉尘、木质粉尘的干式除尘系统是否设有锁气卸灰装置。'),
    ('IT-10-DUST', 7, '第十一条第（七）项',
     '核查除尘器、收尘仓等划为20区的粉尘爆炸危险场所，其电气设备是否符合防爆要求。'),
    ('IT-10-DUST', 8, '第十一条第（八）项',
     '核查粉碎、研磨、造粒等易产生机械点燃源的工艺设备前是否设有铁、石等杂物去除装置，木制品加工企业与砂光机连接的风管是否设有火花探测消除装置。'),
    -- 第十二条 液氨制冷: both items
    ('IT-10-AMMONIA', 1, '第十二条第（一）项',
     '核查包装、分割、产品整理场所的空调系统有无采用氨直接蒸发制冷。'),
    ('IT-10-AMMONIA', 2, '第十二条第（二）项',
     '核查快速冻结装置是否设在单独的作业间内，该作业间内的作业人员有无超过9人。'),
    -- 第十三条 有限空间: both items
    ('IT-10-CONFINED-SPACE', 1, '第十三条第（一）项',
     '核查是否对有限空间进行辨识并建立安全管理台账，是否设置明显的安全警示标志（两者都没有即为该情形）。'),
    ('IT-10-CONFINED-SPACE', 2, '第十三条第（二）项',
     '核查有限空间作业是否落实作业审批，是否执行“先通风、再检测、后作业”，作业现场是否设有监护人员。')
) AS i (code, position, reference, text)
JOIN checklist c ON c.code = i.code AND c.version = 1
ORDER BY i.code, i.position;
