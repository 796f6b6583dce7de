package cn.safety.enforcement.web.error;

import cn.safety.enforcement.domain.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a domain refusal onto a form: each problem beside its field, or at the top when it has none. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(RuleViolation violation, BindingResult result) {
        for (RuleViolation.Problem p : violation.problems()) {
            if (p.field() != null && result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.messageCode(), p.args(), p.messageCode());
            } else {
                result.reject(p.messageCode(), p.args(), p.messageCode());
            }
        }
    }

    public static void stale(BindingResult result) {
        result.reject("error.stale", "error.stale");
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
