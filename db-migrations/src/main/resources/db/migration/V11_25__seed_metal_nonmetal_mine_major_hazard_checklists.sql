-- The checklists of 金属非金属矿山重大事故隐患判定标准 (国家矿山安全监察局 矿安〔2022〕88号, signed 2022-07-08, in force
-- since 2022-09-01; it repeals the 2017 trial standard 安监总管一〔2017〕98号). The standard has three parts, 64
-- situations in all: 一、金属非金属地下矿山, 二、金属非金属露天矿山, 三、尾矿库. Several items list sub-situations
-- (1., 2., …): such an item is one checklist item whose text names every sub-situation, and a decision cites the item.
--
-- A mine is usually one kind (underground, open pit) and a tailings pond belongs to a mine of either kind, so these
-- lists are not chosen automatically for the MINING sector: each names its part in `industry` (UNDERGROUND, OPEN_PIT,
-- TAILINGS) and the inspector adds the parts that apply to the mine inspected.
--
-- Only items whose official text was read are seeded; both lists are therefore DRAFT (not used by inspections until an
-- administrator completes them and puts them in force): 地下矿山 items (一) to (四), 露天矿山 items (一) to (七).
-- No item of 三、尾矿库 could be read, so that list is not seeded yet.

INSERT INTO checklist (id, code, version, title, source_document, sectors, feature, industry, effective_from,
                       effective_until, status, created_at, created_by)
VALUES (nextval('checklist_seq'), 'MINE-88-UNDERGROUND', 1,
        '金属非金属矿山重大事故隐患判定标准 一、金属非金属地下矿山', '矿安〔2022〕88号',
        ARRAY ['MINING']::varchar(32)[], NULL, 'UNDERGROUND', DATE '2022-09-01', NULL, 'DRAFT', now(), 'system'),
       (nextval('checklist_seq'), 'MINE-88-OPEN-PIT', 1,
        '金属非金属矿山重大事故隐患判定标准 二、金属非金属露天矿山', '矿安〔2022〕88号',
        ARRAY ['MINING']::varchar(32)[], NULL, 'OPEN_PIT', DATE '2022-09-01', NULL, 'DRAFT', now(), 'system');

INSERT INTO checklist_item (id, checklist_id, position, reference, text, basis, major)
SELECT nextval('checklist_item_seq'), c.id, i.position, i.reference, i.text,
       '矿安〔2022〕88号 金属非金属矿山重大事故隐患判定标准 ' || i.part || ' ' || i.reference, true
FROM (VALUES
    ('MINE-88-UNDERGROUND', '一、地下矿山', 1, '地下矿山 第（一）项',
     '核查安全出口：矿井独立直达地面的安全出口是否不少于2个且与设计一致；只有2个的，间距是否不小于30米，矿体一翼走向长度超过1000米的，该翼是否设有安全出口；'
     || '安全出口是否全为竖井且均未设梯子间，作为主要安全出口的罐笼提升井只有1套提升系统时是否设有梯子间；主要生产中段（水平）、单个采区、盘区或者矿块的安全出口是否不少于2个并与通往地面的安全出口相通；'
     || '安全出口有无堵塞，梯子、踏步等设施能否正常使用（第1至5目任一情形即为该项）。'),
    ('MINE-88-UNDERGROUND', '一、地下矿山', 2, '地下矿山 第（二）项',
     '核查有无使用国家明令禁止使用的设备、材料或者工艺。'),
    ('MINE-88-UNDERGROUND', '一、地下矿山', 3, '地下矿山 第（三）项',
     '核查与不同矿权主体的相邻矿山井巷有无相互贯通，同一矿权主体相邻独立生产系统的井巷有无擅自贯通。'),
    ('MINE-88-UNDERGROUND', '一、地下矿山', 4, '地下矿山 第（四）项',
     '核查现状图纸：是否保存《金属非金属矿山安全规程》（GB 16423—2020）第4.1.10条规定的图纸，生产矿山是否每3个月、基建矿山是否每1个月更新；'
     || '图上岩体移动范围内的地面建构筑物、运输道路及沟谷河流，开拓、采准工程的井巷或井下采区，相邻矿山采区的位置关系，'
     || '采空区和废弃井巷的位置、处理方式、现状及地表塌陷区的位置是否与实际相符（第1至5目任一情形即为该项）。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 1, '露天矿山 第（一）项',
     '核查地下开采转露天开采前是否探明采空区和溶洞，是否按设计处理对露天开采安全有威胁的采空区和溶洞。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 2, '露天矿山 第（二）项',
     '核查有无使用国家明令禁止使用的设备、材料或者工艺。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 3, '露天矿山 第（三）项',
     '核查是否按自上而下的开采顺序分台阶或者分层开采。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 4, '露天矿山 第（四）项',
     '核查工作帮坡角有无大于设计工作帮坡角，最终边坡台阶高度有无超过设计高度。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 5, '露天矿山 第（五）项',
     '核查有无开采或者破坏设计要求保留的矿（岩）柱或者挂帮矿体。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 6, '露天矿山 第（六）项',
     '核查是否按有关国家标准或者行业标准对采场边坡、排土场边坡进行稳定性分析。'),
    ('MINE-88-OPEN-PIT', '二、露天矿山', 7, '露天矿山 第（七）项',
     '核查边坡监测：高度200米及以上的采场边坡是否进行在线监测，高度200米及以上的排土场边坡是否建立边坡稳定监测系统，'
     || '监测系统有无被关闭、破坏，其数据、信息有无被隐瞒、篡改、销毁（第1至3目任一情形即为该项）。')
) AS i (code, part, position, reference, text)
JOIN checklist c ON c.code = i.code AND c.version = 1
ORDER BY i.code, i.position;
