package cn.safety.enforcement.domain.testsupport;

import java.lang.reflect.Field;

/**
 * Entities take their ids and versions from the database and have no setters for them; tests that need a stored
 * entity set those fields here.
 */
public final class Reflect {

    private Reflect() {
    }

    public static <T> T set(T target, String fieldName, Object value) {
        Class<?> type = target.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField(fieldName);
                field.setAccessible(true);
                field.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + fieldName + " in " + target.getClass());
    }

    public static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }
}
