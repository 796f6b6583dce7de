package cn.safety.enforcement.persistence.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;

/** The part of the repository that needs the entity manager: a change of items counts as a change of the version. */
interface ChecklistLocking {

    Checklist saveWithItems(Checklist checklist);
}
