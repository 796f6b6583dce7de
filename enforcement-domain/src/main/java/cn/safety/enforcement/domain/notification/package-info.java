/** In-app notifications (站内提醒): what a deadline passed or the department above asks of a person, read in the app. */
package cn.safety.enforcement.domain.notification;
