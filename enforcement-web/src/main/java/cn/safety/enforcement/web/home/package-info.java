/** The start page after sign-in, and the sign-in page itself. */
package cn.safety.enforcement.web.home;
