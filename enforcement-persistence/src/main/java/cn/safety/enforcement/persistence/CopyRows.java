package cn.safety.enforcement.persistence;

/** Rows for PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}: every value quoted, null as an empty field. */
public final class CopyRows {

    private CopyRows() {
    }

    public static void append(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
