package cn.safety.enforcement.web.inspection;

/** The JSON bodies of the site workflow. */
final class SiteRequests {

    private SiteRequests() {
    }

    /** A checklist item's result: PASS (符合), FAIL (不符合) or NOT_APPLICABLE (不适用), a note, the version seen. */
    record Result(String result, String note, Long version) {
    }

    /** 拒绝签字: who witnessed the refusal, an optional note. */
    record SignatureRefusal(String witness, String note) {
    }
}
