package cn.safety.enforcement.web.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines of at most a given width, as Chinese typesetting does: a line may break between any two
 * Chinese characters, but not inside a Latin word or a number (unless the word alone is wider than the line), and
 * the simple 避头尾 rules hold: closing punctuation (，。、；：？！）》」 …) never starts a line, opening punctuation
 * (（《「“ …) never ends one; the character before a closing mark moves down with it. Spaces at a break vanish. A line
 * feed in the text always breaks.
 */
final class LineBreaker {

    /** Marks that may not start a line (行首禁则). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—%‰℃·,.;:?!)]}>、ー々～％：．";
    /** Marks that may not end a line (行尾禁则). */
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{<＜￥$";

    private final ToDoubleFunction<String> width;

    /** @param width the printed width of a string, in the unit of the line width */
    LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    List<String> lines(String text, double maxWidth) {
        return lines(text, maxWidth, 0);
    }

    /**
     * The lines of {@code text}; the first line of each paragraph (after a line feed) is {@code firstLineIndent}
     * narrower, for the indent the caller draws.
     */
    List<String> lines(String text, double maxWidth, double firstLineIndent) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            breakParagraph(paragraph, maxWidth, firstLineIndent, lines);
        }
        return lines;
    }

    /** The widest piece that cannot be broken (a Latin word, a Chinese character with its marks). */
    double widestUnit(String text) {
        double widest = 0;
        for (String unit : units(text == null ? "" : text)) {
            widest = Math.max(widest, width.applyAsDouble(unit.strip()));
        }
        return widest;
    }

    private void breakParagraph(String text, double fullWidth, double firstLineIndent, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double maxWidth = fullWidth - firstLineIndent;
        for (String unit : units(text)) {
            String candidate = line + unit;
            if (width.applyAsDouble(candidate.stripTrailing()) <= maxWidth || line.toString().isBlank()) {
                if (line.toString().isBlank() && width.applyAsDouble(unit.strip()) > maxWidth) {
                    // a word wider than the line: break it between characters
                    line.setLength(0);
                    for (String piece : splitByChars(unit.strip(), maxWidth)) {
                        if (line.length() > 0) {
                            lines.add(line.toString());
                            maxWidth = fullWidth;
                        }
                        line.setLength(0);
                        line.append(piece);
                    }
                    continue;
                }
                line.append(unit);
            } else {
                lines.add(line.toString().stripTrailing());
                maxWidth = fullWidth;
                line.setLength(0);
                line.append(unit.stripLeading());
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    private List<String> splitByChars(String word, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (piece.length() > 0 && width.applyAsDouble(piece + c) > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(c);
        });
        pieces.add(piece.toString());
        return pieces;
    }

    /**
     * The pieces a line may break between: each Chinese character, each Latin word or number with the spaces after
     * it; a closing mark joins the piece before it, an opening mark the piece after it.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder pendingOpen = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            String c = new String(Character.toChars(cp));
            int next = i + c.length();
            if (NO_LINE_END.contains(c)) {
                pendingOpen.append(c);
                i = next;
                continue;
            }
            if (NO_LINE_START.contains(c) && !units.isEmpty() && pendingOpen.length() == 0) {
                int last = units.size() - 1;
                String before = units.get(last);
                if (before.endsWith(" ")) {
                    units.add(c);
                } else {
                    units.set(last, before + c);
                }
                i = next;
                continue;
            }
            String unit;
            if (isWordChar(cp)) {
                int j = next;
                while (j < n && isWordChar(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                unit = text.substring(i, j);
                next = j;
            } else {
                unit = c;
            }
            while (next < n && text.charAt(next) == ' ') {
                unit += " ";
                next++;
            }
            units.add(pendingOpen + unit);
            pendingOpen.setLength(0);
            i = next;
        }
        if (pendingOpen.length() > 0) {
            units.add(pendingOpen.toString());
        }
        return units;
    }

    /** Latin letters, digits and the marks inside words and numbers (3.5, A-1, e-mail, 10:30). */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '/' || cp == '@'
                    || cp == '\'' || cp == ':' || cp == '#' || cp == '&' || cp == '+';
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && cp >= 0xFF10 && cp <= 0xFF19;
    }
}
