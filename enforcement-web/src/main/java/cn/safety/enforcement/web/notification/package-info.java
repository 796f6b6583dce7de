/** The signed-in person's notifications: the bell in the layout, the page, the API. */
package cn.safety.enforcement.web.notification;
