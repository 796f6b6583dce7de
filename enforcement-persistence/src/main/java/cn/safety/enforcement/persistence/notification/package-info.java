/** The notifications kept per person in {@code notification}. */
package cn.safety.enforcement.persistence.notification;
