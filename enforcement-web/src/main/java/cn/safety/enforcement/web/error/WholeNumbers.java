package cn.safety.enforcement.web.error;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

/**
 * Whole numbers typed into forms and addresses are read as decimal digits only. Spring's own reading would take
 * {@code 0x10} as 16 and {@code #10} as hexadecimal too; a person typing those meant no number at all. A value that
 * is not one is a type mismatch, shown beside its field as "请输入整数".
 */
@ControllerAdvice
class WholeNumbers {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
    }

    private static final class Decimal<N extends Number> extends PropertyEditorSupport {

        private final Function<String, N> parse;
        private final boolean allowEmpty;

        Decimal(Function<String, N> parse, boolean allowEmpty) {
            this.parse = parse;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty() && allowEmpty) {
                setValue(null);
                return;
            }
            if (!t.matches("[+-]?[0-9]{1,19}")) {
                throw new IllegalArgumentException("not a decimal whole number");
            }
            setValue(parse.apply(t.startsWith("+") ? t.substring(1) : t));
        }

        @Override
        public String getAsText() {
            Object v = getValue();
            return v == null ? "" : v.toString();
        }
    }
}
