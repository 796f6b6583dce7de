package cn.safety.enforcement.web.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the tests: attributes of tags, forms, table cells and elements by id or class. */
final class Html {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "<input\\b[^>]*>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private Html() {
    }

    /** The value of the first hidden {@code _csrf} input of the page. */
    static String csrf(String html) {
        String token = inputValue(html, "_csrf");
        if (token == null || token.isBlank()) {
            throw new AssertionError("no _csrf input on the page:\n" + html);
        }
        return token;
    }

    /** The value of the first input named {@code name}, or null. */
    static String inputValue(String html, String name) {
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            if (name.equals(a.get("name"))) {
                return a.getOrDefault("value", "");
            }
        }
        return null;
    }

    /**
     * The fields a browser would submit with the form whose action ends with {@code action}: inputs (check boxes only
     * when checked), the selected option of each select (or its first), and text areas.
     */
    static Http.Form form(String html, String action) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            Map<String, String> formAttributes = attributes("<form " + forms.group(1) + ">");
            String formAction = formAttributes.getOrDefault("action", "");
            if (!formAction.endsWith(action)) {
                continue;
            }
            Http.Form form = new Http.Form();
            Matcher f = FIELD.matcher(forms.group(2));
            while (f.find()) {
                String tag = f.group();
                if (tag.regionMatches(true, 0, "<input", 0, 6)) {
                    Map<String, String> a = attributes(tag);
                    String name = a.get("name");
                    String type = a.getOrDefault("type", "text").toLowerCase();
                    if (name == null || type.equals("submit") || type.equals("button") || type.equals("file")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
                        continue;
                    }
                    form.add(name, a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
                } else if (f.group(1) != null) {
                    Map<String, String> a = attributes("<select " + f.group(1) + ">");
                    String name = a.get("name");
                    if (name == null) {
                        continue;
                    }
                    String first = null;
                    String selected = null;
                    Matcher o = OPTION.matcher(f.group(2));
                    while (o.find()) {
                        Map<String, String> oa = attributes(o.group());
                        String value = oa.getOrDefault("value", "");
                        if (first == null) {
                            first = value;
                        }
                        if (oa.containsKey("selected") && selected == null) {
                            selected = value;
                        }
                    }
                    form.add(name, selected != null ? selected : first == null ? "" : first);
                } else {
                    Map<String, String> a = attributes("<textarea " + f.group(3) + ">");
                    if (a.get("name") != null) {
                        form.add(a.get("name"), unescape(f.group(4)));
                    }
                }
            }
            return form;
        }
        throw new AssertionError("no form with action ..." + action + " on the page:\n" + html);
    }

    /** The text of every data row of the page's tables, cell by cell. */
    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(textOf(c.group(1)));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The text of the element with this id, or null. */
    static String byId(String html, String id) {
        Matcher m = Pattern.compile("<([a-zA-Z0-9]+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        return m.find() ? textOf(m.group(2)) : null;
    }

    /** An attribute of the element with this id, or null when there is no such element. */
    static String attributeById(String html, String id, String attribute) {
        Matcher m = Pattern.compile("<[a-zA-Z0-9]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? attributes(m.group()).get(attribute) : null;
    }

    /** The texts of the elements whose class attribute contains {@code cssClass}. */
    static List<String> byClass(String html, String cssClass) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<([a-zA-Z0-9]+)\\b[^>]*\\bclass=\"[^\"]*\\b" + Pattern.quote(cssClass)
                + "\\b[^\"]*\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            texts.add(textOf(m.group(2)));
        }
        return texts;
    }

    /** The href of every link on the page matching {@code regex}. */
    static List<String> links(String html, String regex) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(" + regex + ")\"").matcher(html);
        while (m.find()) {
            links.add(unescape(m.group(1)));
        }
        return links;
    }

    static String textOf(String fragment) {
        return unescape(TAG.matcher(fragment).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        String inner = tag.replaceFirst("^<\\s*[a-zA-Z0-9]+", "").replaceFirst("/?>$", "");
        Matcher m = ATTRIBUTE.matcher(inner);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            a.putIfAbsent(m.group(1).toLowerCase(), value == null ? "" : unescape(value));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
