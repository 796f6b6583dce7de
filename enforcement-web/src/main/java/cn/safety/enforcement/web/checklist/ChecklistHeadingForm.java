package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistHeading;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A list's heading as typed: code (new lists only), title, document number, sectors, feature, industry. */
public class ChecklistHeadingForm {

    private String code;
    private String title;
    private String sourceDocument;
    private List<Sector> sectors = new ArrayList<>();
    private Feature feature;
    private String industry;
    private Long version;

    static ChecklistHeadingForm of(Checklist c) {
        ChecklistHeadingForm f = new ChecklistHeadingForm();
        f.code = c.getCode();
        f.title = c.getTitle();
        f.sourceDocument = c.getSourceDocument();
        f.sectors = new ArrayList<>(c.getSectors().stream().sorted().toList());
        f.feature = c.getFeature();
        f.industry = c.getIndustry();
        f.version = c.getLockVersion();
        return f;
    }

    ChecklistHeading heading() {
        Set<Sector> chosen = EnumSet.noneOf(Sector.class);
        if (sectors != null) {
            sectors.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        return new ChecklistHeading(code, title, sourceDocument, chosen, feature, industry);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(String sourceDocument) {
        this.sourceDocument = sourceDocument;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(List<Sector> sectors) {
        this.sectors = sectors;
    }

    public Feature getFeature() {
        return feature;
    }

    public void setFeature(Feature feature) {
        this.feature = feature;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
