/**
 * Nothing typed is lost: forms marked {@code data-keep} are kept in the browser until the server confirms them; this
 * package tells the page the server redirected to which form it confirmed.
 */
package cn.safety.enforcement.web.keep;
