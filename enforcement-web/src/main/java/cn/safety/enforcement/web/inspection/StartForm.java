package cn.safety.enforcement.web.inspection;

import java.util.ArrayList;
import java.util.List;

/** The start page's form: planned (planItemId) or unplanned (enterpriseId and trigger). */
public class StartForm {

    private Long planItemId;
    private Long enterpriseId;
    private String kind;
    private String trigger;
    private boolean imminentDanger;
    private List<String> inspectors = new ArrayList<>();
    private List<Long> expertIds = new ArrayList<>();
    private String startedAt;
    private boolean acknowledgeRepeat;

    public Long getPlanItemId() {
        return planItemId;
    }

    public void setPlanItemId(Long planItemId) {
        this.planItemId = planItemId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public boolean isImminentDanger() {
        return imminentDanger;
    }

    public void setImminentDanger(boolean imminentDanger) {
        this.imminentDanger = imminentDanger;
    }

    public List<String> getInspectors() {
        return inspectors;
    }

    public void setInspectors(List<String> inspectors) {
        this.inspectors = inspectors;
    }

    public List<Long> getExpertIds() {
        return expertIds;
    }

    public void setExpertIds(List<Long> expertIds) {
        this.expertIds = expertIds;
    }

    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    public boolean isAcknowledgeRepeat() {
        return acknowledgeRepeat;
    }

    public void setAcknowledgeRepeat(boolean acknowledgeRepeat) {
        this.acknowledgeRepeat = acknowledgeRepeat;
    }
}
