-- Completes the checklists of 工贸企业重大事故隐患判定标准 (应急管理部令第10号) that V11_24 could seed only in part, and
-- adds the lists of the articles of which no item had been read (第五条 有色, 第八条 轻工, 第九条 纺织).
--
-- Source of the items added here: the full text of 第四条, 第五条, 第七条, 第八条, 第九条 and 第十一条 as published by the
-- Ministry (https://www.mem.gov.cn/gk/zfxxgkpt/fdzdgknr/gz11/202305/t20230523_451578.shtml), read article by article.
-- The items V11_24 seeded were compared with that text and match it (第四条 (一)-(四), 第七条 (一)(二), 第十一条
-- (一)-(八), 第十三条 (一)(二)); 第十三条第（二）项 is verified as seeded. Item counts per article: 第四条 冶金 8 items,
-- 第五条 有色 13, 第七条 机械 7, 第八条 轻工 7, 第九条 纺织 2, 第十一条 粉尘 10.
--
-- Every list is complete after this migration, so every list of the standard is IN_FORCE. The 有色, 轻工 and 纺织 lists
-- name their industry like the other 行业类 lists: the inspector adds them (the enterprise data holds no sub-industry).

INSERT INTO checklist (id, code, version, title, source_document, sectors, feature, industry, effective_from,
                       effective_until, status, created_at, created_by)
VALUES (nextval('checklist_seq'), 'IT-10-NONFERROUS', 1, '工贸企业重大事故隐患判定标准 第五条（有色企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'NONFERROUS', DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-LIGHT-INDUSTRY', 1, '工贸企业重大事故隐患判定标准 第八条（轻工企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'LIGHT_INDUSTRY', DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'IT-10-TEXTILE', 1, '工贸企业重大事故隐患判定标准 第九条（纺织企业）',
        '应急管理部令第10号', ARRAY ['INDUSTRY_TRADE']::varchar(32)[], NULL, 'TEXTILE', DATE '2023-05-15',
        NULL, 'IN_FORCE', now(), 'system');

INSERT INTO checklist_item (id, checklist_id, position, reference, text, basis, major)
SELECT nextval('checklist_item_seq'), c.id, i.position, i.reference, i.text,
       '应急管理部令第10号 工贸企业重大事故隐患判定标准 ' || i.reference, true
FROM (VALUES
    -- 第四条 冶金: items (五) to (八)
    ('IT-10-METALLURGY', 5, '第四条第（五）项',
     '核查高炉生产期间炉顶工作压力设定值有无超过设计文件规定的最高工作压力，炉顶工作压力监测装置是否与炉顶放散阀联锁，'
     || '炉顶放散阀的联锁放散压力设定值有无超过设备设计压力值。'),
    ('IT-10-METALLURGY', 6, '第四条第（六）项',
     '核查煤气生产、回收净化、加压混合、储存、使用设施附近的会议室、活动室、休息室、操作室、交接班室、更衣室这6类人员聚集场所，'
     || '以及可能发生煤气泄漏、积聚的场所和部位，是否设有固定式一氧化碳浓度监测报警装置，监测数据是否接入24小时有人值守场所。'),
    ('IT-10-METALLURGY', 7, '第四条第（七）项',
     '核查加热炉、煤气柜、除尘器、加压机、烘烤器等设施，以及进入车间前的煤气管道，是否安装隔断装置。'),
    ('IT-10-METALLURGY', 8, '第四条第（八）项',
     '核查正压煤气输配管线水封式排水器的最高封堵煤气压力是否不小于30kPa，同一煤气管道隔断装置两侧有无共用一个排水器，'
     || '不同煤气管道排水器上部的排水管有无连通，不同介质的煤气管道有无共用一个排水器。'),
    -- 第五条 有色: all thirteen items
    ('IT-10-NONFERROUS', 1, '第五条第（一）项',
     '核查会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）这6类人员聚集场所有无设在熔融金属吊运跨的地坪区域内。'),
    ('IT-10-NONFERROUS', 2, '第五条第（二）项',
     '核查生产期间冶炼、精炼、铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、'
     || '厂房内吊运和地面运输通道这6类区域有无非生产性积水。'),
    ('IT-10-NONFERROUS', 3, '第五条第（三）项',
     '核查熔融金属铸造环节是否设有紧急排放和应急储存设施（倾动式熔炼炉、倾动式保温炉、倾动式熔保一体炉、带保温炉的固定式熔炼炉除外）。'),
    ('IT-10-NONFERROUS', 4, '第五条第（四）项',
     '核查采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉是否设有应急水源。'),
    ('IT-10-NONFERROUS', 5, '第五条第（五）项',
     '核查熔融金属冶炼炉窑的闭路循环水冷元件是否设有出水温度、进出水流量差监测报警装置，开路水冷元件是否设有进水流量、'
     || '压力监测报警装置并监测出水温度。'),
    ('IT-10-NONFERROUS', 6, '第五条第（六）项',
     '核查铝加工深井铸造工艺的结晶器冷却水系统是否设有进水压力、进水流量监测报警装置，该装置是否与快速切断阀、紧急排放阀、'
     || '流槽断开装置联锁，是否与倾动式浇铸炉控制系统联锁。'),
    ('IT-10-NONFERROUS', 7, '第五条第（七）项',
     '核查铝加工深井铸造工艺的浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处是否设有液位监测报警装置，'
     || '固定式浇铸炉的铝液出口是否设有机械锁紧装置。'),
    ('IT-10-NONFERROUS', 8, '第五条第（八）项',
     '核查铝加工深井铸造工艺的固定式浇铸炉：铝液流槽是否设有紧急排放阀，流槽与模盘（分配流槽）入口连接处是否设有快速切断阀'
     || '（断开装置），该处液位监测报警装置是否与快速切断阀（断开装置）、紧急排放阀联锁。'),
    ('IT-10-NONFERROUS', 9, '第五条第（九）项',
     '核查铝加工深井铸造工艺的倾动式浇铸炉：流槽与模盘（分配流槽）入口连接处是否设有快速切断阀（断开装置），该处液位监测报警装置'
     || '是否与浇铸炉倾动控制系统、快速切断阀（断开装置）联锁。'),
    ('IT-10-NONFERROUS', 10, '第五条第（十）项',
     '核查铝加工深井铸造机钢丝卷扬系统是否选用钢芯钢丝绳，是否落实钢丝绳定期检查、更换制度。'),
    ('IT-10-NONFERROUS', 11, '第五条第（十一）项',
     '核查可能发生一氧化碳、砷化氢、氯气、硫化氢这4种有毒气体泄漏、积聚的场所和部位是否设有固定式气体浓度监测报警装置，'
     || '监测数据是否接入24小时有人值守场所，可能有砷化氢气体的场所和部位是否采取同等效果的检测措施。'),
    ('IT-10-NONFERROUS', 12, '第五条第（十二）项',
     '核查使用煤气（天然气）并强制送风的燃烧装置的燃气总管是否设有压力监测报警装置，该装置是否与紧急自动切断装置联锁。'),
    ('IT-10-NONFERROUS', 13, '第五条第（十三）项',
     '核查正压煤气输配管线水封式排水器的最高封堵煤气压力是否不小于30kPa，同一煤气管道隔断装置两侧有无共用一个排水器，'
     || '不同煤气管道排水器上部的排水管有无连通，不同介质的煤气管道有无共用一个排水器。'),
    -- 第七条 机械: items (三) to (七)
    ('IT-10-MACHINERY', 3, '第七条第（三）项',
     '核查生产期间铸造用熔炼炉、精炼炉、保温炉的炉底、炉坑和事故坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、'
     || '造型地坑、浇注作业坑和熔融金属转运通道这8类区域有无积水。'),
    ('IT-10-MACHINERY', 4, '第七条第（四）项',
     '核查铸造用熔炼炉、精炼炉、压铸机、氧枪的冷却水系统是否设有出水温度、进出水流量差监测报警装置，该装置是否与熔融金属加热、'
     || '输送控制系统联锁。'),
    ('IT-10-MACHINERY', 5, '第七条第（五）项',
     '核查使用煤气（天然气）的燃烧装置的燃气总管是否设有管道压力监测报警装置并与紧急自动切断装置联锁，燃烧装置是否设有火焰监测和熄火保护系统。'),
    ('IT-10-MACHINERY', 6, '第七条第（六）项',
     '核查使用可燃性有机溶剂清洗设备设施、工装器具、地面时，是否采取防止可燃气体在周边密闭或者半密闭空间内积聚的措施。'),
    ('IT-10-MACHINERY', 7, '第七条第（七）项',
     '核查使用非水性漆的调漆间、喷漆室是否设有固定式可燃气体浓度监测报警装置和通风设施。'),
    -- 第八条 轻工: all seven items
    ('IT-10-LIGHT-INDUSTRY', 1, '第八条第（一）项',
     '核查食品制造企业的烘制、油炸设备是否设有防过热自动切断装置。'),
    ('IT-10-LIGHT-INDUSTRY', 2, '第八条第（二）项',
     '核查白酒勾兑、灌装场所和酒库是否设有固定式乙醇蒸气浓度监测报警装置，该装置是否与通风设施联锁。'),
    ('IT-10-LIGHT-INDUSTRY', 3, '第八条第（三）项',
     '核查纸浆制造、造纸企业有无使用蒸气、明火直接加热钢瓶汽化液氯。'),
    ('IT-10-LIGHT-INDUSTRY', 4, '第八条第（四）项',
     '核查日用玻璃、陶瓷制造企业采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外），其燃气总管是否设有管道压力监测报警装置，'
     || '该装置是否与紧急自动切断装置联锁。'),
    ('IT-10-LIGHT-INDUSTRY', 5, '第八条第（五）项',
     '核查日用玻璃制造企业玻璃窑炉的冷却保护系统是否设有监测报警装置。'),
    ('IT-10-LIGHT-INDUSTRY', 6, '第八条第（六）项',
     '核查使用非水性漆的调漆间、喷漆室是否设有固定式可燃气体浓度监测报警装置和通风设施。'),
    ('IT-10-LIGHT-INDUSTRY', 7, '第八条第（七）项',
     '核查锂离子电池储存仓库是否对故障电池采取有效的物理隔离措施。'),
    -- 第九条 纺织: both items
    ('IT-10-TEXTILE', 1, '第九条第（一）项',
     '核查纱、线、织物加工的烧毛、开幅、烘干等热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉，是否与生产加工等人员聚集场所隔开或者单独设置。'),
    ('IT-10-TEXTILE', 2, '第九条第（二）项',
     '核查保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）有无与禁忌物料混合储存，保险粉储存场所是否采取防水防潮措施。'),
    -- 第十一条 粉尘爆炸: items (九) and (十)
    ('IT-10-DUST', 9, '第十一条第（九）项',
     '核查遇湿自燃金属粉尘的收集、堆放、储存场所是否采取通风等防止氢气积聚的措施，干式收集、堆放、储存场所是否采取防水、防潮措施。'),
    ('IT-10-DUST', 10, '第十一条第（十）项',
     '核查是否落实粉尘清理制度，作业现场有无严重积尘。')
) AS i (code, position, reference, text)
JOIN checklist c ON c.code = i.code AND c.version = 1
ORDER BY i.code, i.position;

-- The lists V11_24 left as drafts are complete now.
UPDATE checklist SET status = 'IN_FORCE', lock_version = lock_version + 1
WHERE code IN ('IT-10-METALLURGY', 'IT-10-MACHINERY', 'IT-10-DUST') AND version = 1 AND status = 'DRAFT';
