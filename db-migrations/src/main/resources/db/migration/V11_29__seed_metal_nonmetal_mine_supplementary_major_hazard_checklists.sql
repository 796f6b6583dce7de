-- The checklists of 金属非金属矿山重大事故隐患判定标准补充情形 (国家矿山安全监察局 矿安〔2024〕41号, adopted 2024 at the
-- administration's 7th meeting, signed 2024-04-23): eight further situations that supplement 矿安〔2022〕88号 without
-- replacing it, in the same three parts: 一、地下矿山 (4), 二、露天矿山 (2), 三、尾矿库 (2).
--
-- Source: the notice and its text as published by the administration
-- (https://www.chinamine-safety.gov.cn/zfxxgk/fdzdgknr/tzgg/202404/t20240424_486042.shtml).
--
-- One list per part, beside the 88号 list of that part (a decision cites the document that names the situation), with the
-- same `industry` so that the inspector adds both for a mine of that kind. effective_from: the notice names no date of
-- its own and asks that it be applied (请遵照执行), so the lists apply from the date it was signed, 2024-04-23 (an
-- administrator can correct the date with a new version if a later date is established).

INSERT INTO checklist (id, code, version, title, source_document, sectors, feature, industry, effective_from,
                       effective_until, status, created_at, created_by)
VALUES (nextval('checklist_seq'), 'MINE-41-UNDERGROUND', 1,
        '金属非金属矿山重大事故隐患判定标准补充情形 一、金属非金属地下矿山', '矿安〔2024〕41号',
        ARRAY ['MINING']::varchar(32)[], NULL, 'UNDERGROUND', DATE '2024-04-23', NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'MINE-41-OPEN-PIT', 1,
        '金属非金属矿山重大事故隐患判定标准补充情形 二、金属非金属露天矿山', '矿安〔2024〕41号',
        ARRAY ['MINING']::varchar(32)[], NULL, 'OPEN_PIT', DATE '2024-04-23', NULL, 'IN_FORCE', now(), 'system'),
       (nextval('checklist_seq'), 'MINE-41-TAILINGS', 1,
        '金属非金属矿山重大事故隐患判定标准补充情形 三、尾矿库', '矿安〔2024〕41号',
        ARRAY ['MINING']::varchar(32)[], NULL, 'TAILINGS', DATE '2024-04-23', NULL, 'IN_FORCE', now(), 'system');

INSERT INTO checklist_item (id, checklist_id, position, reference, text, basis, major)
SELECT nextval('checklist_item_seq'), c.id, i.position, i.reference, i.text,
       '矿安〔2024〕41号 金属非金属矿山重大事故隐患判定标准补充情形 ' || i.part || ' ' || i.reference, true
FROM (VALUES
    ('MINE-41-UNDERGROUND', '一、地下矿山', 1, '地下矿山 第（一）项',
     '核查地表距进风井口和平硐口50米范围内有无存放油料或者其他易燃、易爆材料。'),
    ('MINE-41-UNDERGROUND', '一、地下矿山', 2, '地下矿山 第（二）项',
     '核查受地表水威胁的矿井是否查清矿山及周边地面裂缝、废弃井巷、封闭不良钻孔、采空区、水力联系通道等隐蔽致灾因素并采取有效治理措施；'
     || '未查清或者未治理的，有无在井下受威胁区域组织生产建设。'),
    ('MINE-41-UNDERGROUND', '一、地下矿山', 3, '地下矿山 第（三）项',
     '核查办公区、生活区等人员集聚场所有无设在危崖、塌陷区、崩落区，或者洪水、泥石流、滑坡等灾害威胁范围内。'),
    ('MINE-41-UNDERGROUND', '一、地下矿山', 4, '地下矿山 第（四）项',
     '核查遇极端天气时地下矿山是否及时停止作业、撤出现场作业人员。'),
    ('MINE-41-OPEN-PIT', '二、露天矿山', 1, '露天矿山 第（一）项',
     '核查办公区、生活区等人员集聚场所有无设在危崖、塌陷区、崩落区，或者洪水、泥石流、滑坡等灾害威胁范围内。'),
    ('MINE-41-OPEN-PIT', '二、露天矿山', 2, '露天矿山 第（二）项',
     '核查遇极端天气时露天矿山是否及时停止作业、撤出现场作业人员。'),
    ('MINE-41-TAILINGS', '三、尾矿库', 1, '尾矿库 第（一）项',
     '核查尾矿库排洪构筑物拱板（盖板）与周边结构的缝隙是否用设计材料充满充实，封堵体有无设在井顶、井身段或者斜槽顶、槽身段。'),
    ('MINE-41-TAILINGS', '三、尾矿库', 2, '尾矿库 第（二）项',
     '核查遇极端天气时尾矿库是否及时停止作业、撤出现场作业人员。')
) AS i (code, part, position, reference, text)
JOIN checklist c ON c.code = i.code AND c.version = 1
ORDER BY i.code, i.position;
